import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      RotationPeriodInDays: 180
  SigningKey:
    Type: AWS::KMS::Key
    Properties:
      KeySpec: ECC_NIST_P256
      KeyUsage: SIGN_VERIFY
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      Description: rotation left at its default (off)
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
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'fail',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "data" {
  description = "data key"
  enable_key_rotation = false
  is_enabled = true
  key_usage = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
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
          "address": "aws_kms_key.data",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "data key",
            "enable_key_rotation": false,
            "is_enabled": true,
            "key_usage": "ENCRYPT_DECRYPT",
            "customer_master_key_spec": "SYMMETRIC_DEFAULT"
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
          "enable_key_rotation": false,
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
              "constant_value": false
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
