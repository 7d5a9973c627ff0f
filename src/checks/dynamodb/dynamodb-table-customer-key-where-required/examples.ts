import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Description: Confidential data under a customer managed key declared beside the table.
Resources:
  TableKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Customers:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
      SSESpecification:
        SSEEnabled: true
        SSEType: KMS
        KMSMasterKeyId: !GetAtt TableKey.Arn
      Tags:
        - Key: DataClassification
          Value: confidential
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: Confidential data under the AWS owned key, where the policy asks for a customer managed key.
Resources:
  Customers:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
      Tags:
        - Key: DataClassification
          Value: confidential
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "table" {
  description = "table key"
  enable_key_rotation = true
  is_enabled = true
  key_usage = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
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
  tags = {
    DataClassification = "confidential"
  }
  server_side_encryption {
    enabled = true
    kms_key_arn = aws_kms_key.table.arn
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
  tags = {
    DataClassification = "confidential"
  }
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
          "address": "aws_kms_key.table",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "table",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "table key",
            "enable_key_rotation": true,
            "is_enabled": true,
            "key_usage": "ENCRYPT_DECRYPT",
            "customer_master_key_spec": "SYMMETRIC_DEFAULT"
          },
          "sensitive_values": {}
        },
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
            "tags": {
              "DataClassification": "confidential"
            },
            "server_side_encryption": [
              {
                "enabled": true,
                "kms_key_arn": null
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
      "address": "aws_kms_key.table",
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "table",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "description": "table key",
          "enable_key_rotation": true,
          "is_enabled": true,
          "key_usage": "ENCRYPT_DECRYPT",
          "customer_master_key_spec": "SYMMETRIC_DEFAULT",
          "key_id": null,
          "policy": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "key_id": true,
          "policy": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
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
          "tags": {
            "DataClassification": "confidential"
          },
          "server_side_encryption": [
            {
              "enabled": true,
              "kms_key_arn": null
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "attribute": [{}],
          "server_side_encryption": [
            {
              "kms_key_arn": true
            }
          ]
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
          "address": "aws_kms_key.table",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "table",
          "provider_config_key": "aws",
          "expressions": {
            "description": {
              "constant_value": "table key"
            },
            "enable_key_rotation": {
              "constant_value": true
            },
            "is_enabled": {
              "constant_value": true
            },
            "key_usage": {
              "constant_value": "ENCRYPT_DECRYPT"
            },
            "customer_master_key_spec": {
              "constant_value": "SYMMETRIC_DEFAULT"
            }
          },
          "schema_version": 0
        },
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
            "tags": {
              "constant_value": {
                "DataClassification": "confidential"
              }
            },
            "server_side_encryption": [
              {
                "enabled": {
                  "constant_value": true
                },
                "kms_key_arn": {
                  "references": ["aws_kms_key.table.arn", "aws_kms_key.table"]
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
            "deletion_protection_enabled": true,
            "tags": {
              "DataClassification": "confidential"
            }
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
          "tags": {
            "DataClassification": "confidential"
          }
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
            },
            "tags": {
              "constant_value": {
                "DataClassification": "confidential"
              }
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
