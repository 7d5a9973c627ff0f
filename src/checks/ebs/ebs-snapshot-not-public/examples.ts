import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size = 100
  encrypted = true
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}

resource "aws_snapshot_create_volume_permission" "backup" {
  snapshot_id = aws_ebs_snapshot.data.id
  account_id = "444455556666"
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
          "address": "aws_ebs_volume.data",
          "mode": "managed",
          "type": "aws_ebs_volume",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "availability_zone": "eu-west-1a",
            "size": 100,
            "encrypted": true
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_ebs_snapshot.data",
          "mode": "managed",
          "type": "aws_ebs_snapshot",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {},
          "sensitive_values": {}
        },
        {
          "address": "aws_snapshot_create_volume_permission.backup",
          "mode": "managed",
          "type": "aws_snapshot_create_volume_permission",
          "name": "backup",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "account_id": "444455556666"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_ebs_volume.data",
      "mode": "managed",
      "type": "aws_ebs_volume",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "availability_zone": "eu-west-1a",
          "size": 100,
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
      "address": "aws_ebs_snapshot.data",
      "mode": "managed",
      "type": "aws_ebs_snapshot",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "volume_id": null,
          "encrypted": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "volume_id": true,
          "encrypted": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_snapshot_create_volume_permission.backup",
      "mode": "managed",
      "type": "aws_snapshot_create_volume_permission",
      "name": "backup",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "snapshot_id": null,
          "account_id": "444455556666"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "snapshot_id": true
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
          "address": "aws_ebs_volume.data",
          "mode": "managed",
          "type": "aws_ebs_volume",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "availability_zone": {
              "constant_value": "eu-west-1a"
            },
            "size": {
              "constant_value": 100
            },
            "encrypted": {
              "constant_value": true
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_ebs_snapshot.data",
          "mode": "managed",
          "type": "aws_ebs_snapshot",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "volume_id": {
              "references": ["aws_ebs_volume.data.id", "aws_ebs_volume.data"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_snapshot_create_volume_permission.backup",
          "mode": "managed",
          "type": "aws_snapshot_create_volume_permission",
          "name": "backup",
          "provider_config_key": "aws",
          "expressions": {
            "snapshot_id": {
              "references": ["aws_ebs_snapshot.data.id", "aws_ebs_snapshot.data"]
            },
            "account_id": {
              "constant_value": "444455556666"
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
