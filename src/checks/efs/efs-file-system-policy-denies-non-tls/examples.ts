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
      FileSystemPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyNonTls
            Effect: Deny
            Principal:
              AWS: "*"
            Action: "*"
            Condition:
              Bool:
                aws:SecureTransport: "false"
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  SharedHome:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      FileSystemPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: AllowMount
            Effect: Allow
            Principal:
              AWS: "*"
            Action: elasticfilesystem:ClientMount
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

resource "aws_efs_file_system_policy" "tls" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyNonTls"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
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
          "address": "aws_efs_file_system_policy.tls",
          "mode": "managed",
          "type": "aws_efs_file_system_policy",
          "name": "tls",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"DenyNonTls\\",\\"Effect\\":\\"Deny\\",\\"Principal\\":{\\"AWS\\":\\"*\\"},\\"Action\\":\\"*\\",\\"Condition\\":{\\"Bool\\":{\\"aws:SecureTransport\\":\\"false\\"}}}]}"
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
      "address": "aws_efs_file_system_policy.tls",
      "mode": "managed",
      "type": "aws_efs_file_system_policy",
      "name": "tls",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "file_system_id": null,
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"DenyNonTls\\",\\"Effect\\":\\"Deny\\",\\"Principal\\":{\\"AWS\\":\\"*\\"},\\"Action\\":\\"*\\",\\"Condition\\":{\\"Bool\\":{\\"aws:SecureTransport\\":\\"false\\"}}}]}"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "file_system_id": true
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
          "address": "aws_efs_file_system_policy.tls",
          "mode": "managed",
          "type": "aws_efs_file_system_policy",
          "name": "tls",
          "provider_config_key": "aws",
          "expressions": {
            "file_system_id": {
              "references": ["aws_efs_file_system.shared.id", "aws_efs_file_system.shared"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"DenyNonTls\\",\\"Effect\\":\\"Deny\\",\\"Principal\\":{\\"AWS\\":\\"*\\"},\\"Action\\":\\"*\\",\\"Condition\\":{\\"Bool\\":{\\"aws:SecureTransport\\":\\"false\\"}}}]}"
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
            "encrypted": true
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
