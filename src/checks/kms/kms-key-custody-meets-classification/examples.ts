import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Description: Confidential data under a customer managed key of the same template, named through its alias.
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  DataKeyAlias:
    Type: AWS::KMS::Alias
    Properties:
      AliasName: alias/contracts
      TargetKeyId: !Ref DataKey
  Contracts:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/contracts
            BucketKeyEnabled: true
      Tags:
        - Key: DataClassification
          Value: confidential
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: Confidential data encrypted with SSE-S3, where the policy asks for a customer managed key.
Resources:
  Contracts:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
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

resource "aws_kms_key" "data" {
  description = "data key"
  enable_key_rotation = true
  is_enabled = true
  key_usage = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
}

resource "aws_kms_alias" "data" {
  name = "alias/contracts"
  target_key_id = aws_kms_key.data.key_id
}

resource "aws_s3_bucket" "contracts" {
  bucket = "kestrel-contracts"
  force_destroy = false
  tags = {
    DataClassification = "confidential"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "contracts" {
  bucket = aws_s3_bucket.contracts.id
  rule {
    bucket_key_enabled = true
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
      kms_master_key_id = aws_kms_alias.data.name
    }
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

resource "aws_s3_bucket" "contracts" {
  bucket = "kestrel-contracts"
  force_destroy = false
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
          "address": "aws_kms_alias.data",
          "mode": "managed",
          "type": "aws_kms_alias",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "alias/contracts"
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
            "force_destroy": false,
            "tags": {
              "DataClassification": "confidential"
            }
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
                "bucket_key_enabled": true,
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
      "address": "aws_kms_alias.data",
      "mode": "managed",
      "type": "aws_kms_alias",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "alias/contracts",
          "target_key_id": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "target_key_id": true
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
          "force_destroy": false,
          "tags": {
            "DataClassification": "confidential"
          }
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
              "bucket_key_enabled": true,
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
          "address": "aws_kms_alias.data",
          "mode": "managed",
          "type": "aws_kms_alias",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "alias/contracts"
            },
            "target_key_id": {
              "references": ["aws_kms_key.data.key_id", "aws_kms_key.data"]
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
            },
            "tags": {
              "constant_value": {
                "DataClassification": "confidential"
              }
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
                "bucket_key_enabled": {
                  "constant_value": true
                },
                "apply_server_side_encryption_by_default": [
                  {
                    "sse_algorithm": {
                      "constant_value": "aws:kms"
                    },
                    "kms_master_key_id": {
                      "references": ["aws_kms_alias.data.name", "aws_kms_alias.data"]
                    }
                  }
                ]
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
          "address": "aws_s3_bucket.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "contracts",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-contracts",
            "force_destroy": false,
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
          "force_destroy": false,
          "tags": {
            "DataClassification": "confidential"
          }
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
