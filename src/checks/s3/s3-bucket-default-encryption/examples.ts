import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  ByDefault:
    Type: AWS::S3::Bucket
  WithKms:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "data" {
  description = "data key"
  enable_key_rotation = true
  is_enabled = true
  key_usage = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
}

resource "aws_s3_bucket" "contracts" {
  bucket = "kestrel-contracts"
  force_destroy = false
}

resource "aws_s3_bucket_server_side_encryption_configuration" "contracts" {
  bucket = aws_s3_bucket.contracts.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket" "reports" {
  bucket = "kestrel-reports"
  force_destroy = false
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
          "address": "aws_kms_key.data",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "data key",
            "enable_key_rotation": true,
            "is_enabled": true,
            "key_usage": "ENCRYPT_DECRYPT",
            "customer_master_key_spec": "SYMMETRIC_DEFAULT"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "contracts",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-contracts",
            "force_destroy": false
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket_server_side_encryption_configuration.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket_server_side_encryption_configuration",
          "name": "contracts",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "rule": [
              {
                "apply_server_side_encryption_by_default": [
                  {
                    "sse_algorithm": "aws:kms",
                    "kms_master_key_id": null
                  }
                ]
              }
            ]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket.reports",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-reports",
            "force_destroy": false
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_kms_key.data",
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "description": "data key",
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
      "address": "aws_s3_bucket.contracts",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "contracts",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-contracts",
          "force_destroy": false
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_s3_bucket_server_side_encryption_configuration.contracts",
      "mode": "managed",
      "type": "aws_s3_bucket_server_side_encryption_configuration",
      "name": "contracts",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": null,
          "rule": [
            {
              "apply_server_side_encryption_by_default": [
                {
                  "sse_algorithm": "aws:kms",
                  "kms_master_key_id": null
                }
              ]
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "bucket": true,
          "rule": [
            {
              "apply_server_side_encryption_by_default": [
                {
                  "kms_master_key_id": true
                }
              ]
            }
          ]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_s3_bucket.reports",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "reports",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-reports",
          "force_destroy": false
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true
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
          "address": "aws_kms_key.data",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "description": {
              "constant_value": "data key"
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
          "address": "aws_s3_bucket.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "contracts",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "constant_value": "kestrel-contracts"
            },
            "force_destroy": {
              "constant_value": false
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_s3_bucket_server_side_encryption_configuration.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket_server_side_encryption_configuration",
          "name": "contracts",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.contracts.id", "aws_s3_bucket.contracts"]
            },
            "rule": [
              {
                "apply_server_side_encryption_by_default": [
                  {
                    "sse_algorithm": {
                      "constant_value": "aws:kms"
                    },
                    "kms_master_key_id": {
                      "references": ["aws_kms_key.data.arn", "aws_kms_key.data"]
                    }
                  }
                ]
              }
            ]
          },
          "schema_version": 0
        },
        {
          "address": "aws_s3_bucket.reports",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "constant_value": "kestrel-reports"
            },
            "force_destroy": {
              "constant_value": false
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
