import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_dynamodb_table" "customers" {
  name = "customers"
  billing_mode = "PAY_PER_REQUEST"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  deletion_protection_enabled = true
  point_in_time_recovery {
    enabled = true
  }
}
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'fail',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_dynamodb_table" "customers" {
  name = "customers"
  billing_mode = "PAY_PER_REQUEST"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  deletion_protection_enabled = true
}
`,
  },
  {
    format: 'terraform-plan',
    expect: 'pass',
    source: `
{
  "format_version": "1.2",
  "terraform_version": "1.9.8",
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "aws_dynamodb_table.customers",
          "mode": "managed",
          "type": "aws_dynamodb_table",
          "name": "customers",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "customers",
            "billing_mode": "PAY_PER_REQUEST",
            "hash_key": "id",
            "attribute": [
              {
                "name": "id",
                "type": "S"
              }
            ],
            "deletion_protection_enabled": true,
            "point_in_time_recovery": [
              {
                "enabled": true
              }
            ]
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_dynamodb_table.customers",
      "mode": "managed",
      "type": "aws_dynamodb_table",
      "name": "customers",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "customers",
          "billing_mode": "PAY_PER_REQUEST",
          "hash_key": "id",
          "attribute": [
            {
              "name": "id",
              "type": "S"
            }
          ],
          "deletion_protection_enabled": true,
          "point_in_time_recovery": [
            {
              "enabled": true
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "attribute": [{}],
          "point_in_time_recovery": [{}]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    }
  ],
  "configuration": {
    "provider_config": {
      "aws": {
        "name": "aws",
        "full_name": "registry.terraform.io/hashicorp/aws",
        "expressions": {
          "region": {
            "constant_value": "eu-west-1"
          }
        }
      }
    },
    "root_module": {
      "resources": [
        {
          "address": "aws_dynamodb_table.customers",
          "mode": "managed",
          "type": "aws_dynamodb_table",
          "name": "customers",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "customers"
            },
            "billing_mode": {
              "constant_value": "PAY_PER_REQUEST"
            },
            "hash_key": {
              "constant_value": "id"
            },
            "attribute": [
              {
                "name": {
                  "constant_value": "id"
                },
                "type": {
                  "constant_value": "S"
                }
              }
            ],
            "deletion_protection_enabled": {
              "constant_value": true
            },
            "point_in_time_recovery": [
              {
                "enabled": {
                  "constant_value": true
                }
              }
            ]
          },
          "schema_version": 0
        }
      ]
    }
  },
  "timestamp": "2026-10-30T09:00:00Z",
  "applyable": true,
  "complete": true,
  "errored": false
}
`,
  },
  {
    format: 'terraform-plan',
    expect: 'fail',
    source: `
{
  "format_version": "1.2",
  "terraform_version": "1.9.8",
  "planned_values": {
    "root_module": {
      "resources": [
        {
          "address": "aws_dynamodb_table.customers",
          "mode": "managed",
          "type": "aws_dynamodb_table",
          "name": "customers",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "customers",
            "billing_mode": "PAY_PER_REQUEST",
            "hash_key": "id",
            "attribute": [
              {
                "name": "id",
                "type": "S"
              }
            ],
            "deletion_protection_enabled": true
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_dynamodb_table.customers",
      "mode": "managed",
      "type": "aws_dynamodb_table",
      "name": "customers",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "customers",
          "billing_mode": "PAY_PER_REQUEST",
          "hash_key": "id",
          "attribute": [
            {
              "name": "id",
              "type": "S"
            }
          ],
          "deletion_protection_enabled": true
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "attribute": [{}]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    }
  ],
  "configuration": {
    "provider_config": {
      "aws": {
        "name": "aws",
        "full_name": "registry.terraform.io/hashicorp/aws",
        "expressions": {
          "region": {
            "constant_value": "eu-west-1"
          }
        }
      }
    },
    "root_module": {
      "resources": [
        {
          "address": "aws_dynamodb_table.customers",
          "mode": "managed",
          "type": "aws_dynamodb_table",
          "name": "customers",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "customers"
            },
            "billing_mode": {
              "constant_value": "PAY_PER_REQUEST"
            },
            "hash_key": {
              "constant_value": "id"
            },
            "attribute": [
              {
                "name": {
                  "constant_value": "id"
                },
                "type": {
                  "constant_value": "S"
                }
              }
            ],
            "deletion_protection_enabled": {
              "constant_value": true
            }
          },
          "schema_version": 0
        }
      ]
    }
  },
  "timestamp": "2026-10-30T09:00:00Z",
  "applyable": true,
  "complete": true,
  "errored": false
}
`,
  },
]);
