import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  SharedHome:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      BackupPolicy:
        Status: ENABLED
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    note: 'no BackupPolicy: a file system made through CloudFormation or the API starts with backups off',
    source: `
Resources:
  Scratch:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
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
}

resource "aws_efs_backup_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  backup_policy {
    status = "ENABLED"
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

resource "aws_efs_file_system" "shared" {
  creation_token   = "kestrel-shared"
  performance_mode = "generalPurpose"
  encrypted        = true
}

resource "aws_efs_backup_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  backup_policy {
    status = "DISABLED"
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
          "address": "aws_efs_backup_policy.shared",
          "mode": "managed",
          "type": "aws_efs_backup_policy",
          "name": "shared",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "backup_policy": [
              {
                "status": "ENABLED"
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
          "encrypted": true
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
      "address": "aws_efs_backup_policy.shared",
      "mode": "managed",
      "type": "aws_efs_backup_policy",
      "name": "shared",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "file_system_id": null,
          "backup_policy": [
            {
              "status": "ENABLED"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "file_system_id": true,
          "backup_policy": [{}]
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
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_efs_backup_policy.shared",
          "mode": "managed",
          "type": "aws_efs_backup_policy",
          "name": "shared",
          "provider_config_key": "aws",
          "expressions": {
            "file_system_id": {
              "references": ["aws_efs_file_system.shared.id", "aws_efs_file_system.shared"]
            },
            "backup_policy": [
              {
                "status": {
                  "constant_value": "ENABLED"
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
          "address": "aws_efs_backup_policy.shared",
          "mode": "managed",
          "type": "aws_efs_backup_policy",
          "name": "shared",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "backup_policy": [
              {
                "status": "DISABLED"
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
          "encrypted": true
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
      "address": "aws_efs_backup_policy.shared",
      "mode": "managed",
      "type": "aws_efs_backup_policy",
      "name": "shared",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "file_system_id": null,
          "backup_policy": [
            {
              "status": "DISABLED"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "file_system_id": true,
          "backup_policy": [{}]
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
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_efs_backup_policy.shared",
          "mode": "managed",
          "type": "aws_efs_backup_policy",
          "name": "shared",
          "provider_config_key": "aws",
          "expressions": {
            "file_system_id": {
              "references": ["aws_efs_file_system.shared.id", "aws_efs_file_system.shared"]
            },
            "backup_policy": [
              {
                "status": {
                  "constant_value": "DISABLED"
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
]);
