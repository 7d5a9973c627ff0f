import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  FileSystemKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub arn:aws:iam::\${AWS::AccountId}:root
            Action: kms:*
            Resource: "*"
  SharedHome:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: !GetAtt FileSystemKey.Arn
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Scratch:
    Type: AWS::EFS::FileSystem
    Properties:
      PerformanceMode: generalPurpose
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_efs_file_system" "shared" {
  creation_token   = "kestrel-shared"
  performance_mode = "generalPurpose"
  encrypted        = true
  kms_key_id       = aws_kms_key.efs.arn
}

resource "aws_kms_key" "efs" {
  description         = "efs key"
  enable_key_rotation = true
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

resource "aws_efs_file_system" "shared" {
  creation_token   = "kestrel-shared"
  performance_mode = "generalPurpose"
  encrypted        = false
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
          "address": "aws_efs_file_system.shared",
          "mode": "managed",
          "type": "aws_efs_file_system",
          "name": "shared",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "creation_token": "kestrel-shared",
            "performance_mode": "generalPurpose",
            "encrypted": true
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_kms_key.efs",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "efs",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "efs key",
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
      "address": "aws_efs_file_system.shared",
      "mode": "managed",
      "type": "aws_efs_file_system",
      "name": "shared",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "creation_token": "kestrel-shared",
          "performance_mode": "generalPurpose",
          "encrypted": true,
          "kms_key_id": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "kms_key_id": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_kms_key.efs",
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "efs",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "description": "efs key",
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
          "address": "aws_efs_file_system.shared",
          "mode": "managed",
          "type": "aws_efs_file_system",
          "name": "shared",
          "provider_config_key": "aws",
          "expressions": {
            "creation_token": {
              "constant_value": "kestrel-shared"
            },
            "performance_mode": {
              "constant_value": "generalPurpose"
            },
            "encrypted": {
              "constant_value": true
            },
            "kms_key_id": {
              "references": ["aws_kms_key.efs.arn", "aws_kms_key.efs"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_kms_key.efs",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "efs",
          "provider_config_key": "aws",
          "expressions": {
            "description": {
              "constant_value": "efs key"
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
          "address": "aws_efs_file_system.shared",
          "mode": "managed",
          "type": "aws_efs_file_system",
          "name": "shared",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "creation_token": "kestrel-shared",
            "performance_mode": "generalPurpose",
            "encrypted": false
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_efs_file_system.shared",
      "mode": "managed",
      "type": "aws_efs_file_system",
      "name": "shared",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "creation_token": "kestrel-shared",
          "performance_mode": "generalPurpose",
          "encrypted": false
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
          "address": "aws_efs_file_system.shared",
          "mode": "managed",
          "type": "aws_efs_file_system",
          "name": "shared",
          "provider_config_key": "aws",
          "expressions": {
            "creation_token": {
              "constant_value": "kestrel-shared"
            },
            "performance_mode": {
              "constant_value": "generalPurpose"
            },
            "encrypted": {
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
