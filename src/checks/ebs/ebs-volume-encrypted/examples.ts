import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Data:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: !Select [0, !GetAZs ""]
      Size: 100
      Encrypted: true
  Host:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
            VolumeSize: 20
            Encrypted: true
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    note: 'Encrypted: false fails as written; the reason names EBS encryption by default, which may encrypt it anyway',
    source: `
Description: A volume written unencrypted fails as written; the reason names EBS encryption by default, the account setting that could encrypt it anyway.
Resources:
  Scratch:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 10
      Encrypted: false
`,
  },
  {
    format: 'cloudformation',
    expect: 'not_assessed',
    note: 'Encrypted from !ImportValue: the template cannot tell',
    source: `
Description: Whether the volume is encrypted comes from another stack, which the template does not show.
Resources:
  Scratch:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 10
      Encrypted: !ImportValue shared-ebs-encrypted
`,
  },
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
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'fail',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size = 100
  encrypted = false
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
          "address": "aws_ebs_encryption_by_default.this",
          "mode": "managed",
          "type": "aws_ebs_encryption_by_default",
          "name": "this",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "enabled": false
          },
          "sensitive_values": {}
        },
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
            "encrypted": false
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_ebs_encryption_by_default.this",
      "mode": "managed",
      "type": "aws_ebs_encryption_by_default",
      "name": "this",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "enabled": false
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
          "address": "aws_ebs_encryption_by_default.this",
          "mode": "managed",
          "type": "aws_ebs_encryption_by_default",
          "name": "this",
          "provider_config_key": "aws",
          "expressions": {
            "enabled": {
              "constant_value": false
            }
          },
          "schema_version": 0
        },
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
