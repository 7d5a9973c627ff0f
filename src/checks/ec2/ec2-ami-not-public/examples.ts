import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_ami" "web" {
  name = "web-2026-10"
  virtualization_type = "hvm"
  root_device_name = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0abc1234def567890"
    encrypted = true
  }
}

resource "aws_ami_launch_permission" "share" {
  image_id = aws_ami.web.id
  account_id = "444455556666"
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

resource "aws_ami" "web" {
  name = "web-2026-10"
  virtualization_type = "hvm"
  root_device_name = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0abc1234def567890"
    encrypted = true
  }
}

resource "aws_ami_launch_permission" "share" {
  image_id = aws_ami.web.id
  group = "all"
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
          "address": "aws_ami.web",
          "mode": "managed",
          "type": "aws_ami",
          "name": "web",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "web-2026-10",
            "virtualization_type": "hvm",
            "root_device_name": "/dev/xvda",
            "ebs_block_device": [
              {
                "device_name": "/dev/xvda",
                "snapshot_id": "snap-0abc1234def567890",
                "encrypted": true
              }
            ]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_ami_launch_permission.share",
          "mode": "managed",
          "type": "aws_ami_launch_permission",
          "name": "share",
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
      "address": "aws_ami.web",
      "mode": "managed",
      "type": "aws_ami",
      "name": "web",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "web-2026-10",
          "virtualization_type": "hvm",
          "root_device_name": "/dev/xvda",
          "ebs_block_device": [
            {
              "device_name": "/dev/xvda",
              "snapshot_id": "snap-0abc1234def567890",
              "encrypted": true
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "ebs_block_device": [{}]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_ami_launch_permission.share",
      "mode": "managed",
      "type": "aws_ami_launch_permission",
      "name": "share",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "image_id": null,
          "account_id": "444455556666"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "image_id": true
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
          "address": "aws_ami.web",
          "mode": "managed",
          "type": "aws_ami",
          "name": "web",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "web-2026-10"
            },
            "virtualization_type": {
              "constant_value": "hvm"
            },
            "root_device_name": {
              "constant_value": "/dev/xvda"
            },
            "ebs_block_device": [
              {
                "device_name": {
                  "constant_value": "/dev/xvda"
                },
                "snapshot_id": {
                  "constant_value": "snap-0abc1234def567890"
                },
                "encrypted": {
                  "constant_value": true
                }
              }
            ]
          },
          "schema_version": 0
        },
        {
          "address": "aws_ami_launch_permission.share",
          "mode": "managed",
          "type": "aws_ami_launch_permission",
          "name": "share",
          "provider_config_key": "aws",
          "expressions": {
            "image_id": {
              "references": ["aws_ami.web.id", "aws_ami.web"]
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
          "address": "aws_ami.web",
          "mode": "managed",
          "type": "aws_ami",
          "name": "web",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "web-2026-10",
            "virtualization_type": "hvm",
            "root_device_name": "/dev/xvda",
            "ebs_block_device": [
              {
                "device_name": "/dev/xvda",
                "snapshot_id": "snap-0abc1234def567890",
                "encrypted": true
              }
            ]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_ami_launch_permission.share",
          "mode": "managed",
          "type": "aws_ami_launch_permission",
          "name": "share",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "group": "all"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_ami.web",
      "mode": "managed",
      "type": "aws_ami",
      "name": "web",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "web-2026-10",
          "virtualization_type": "hvm",
          "root_device_name": "/dev/xvda",
          "ebs_block_device": [
            {
              "device_name": "/dev/xvda",
              "snapshot_id": "snap-0abc1234def567890",
              "encrypted": true
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "ebs_block_device": [{}]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_ami_launch_permission.share",
      "mode": "managed",
      "type": "aws_ami_launch_permission",
      "name": "share",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "image_id": null,
          "group": "all"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "image_id": true
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
          "address": "aws_ami.web",
          "mode": "managed",
          "type": "aws_ami",
          "name": "web",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "web-2026-10"
            },
            "virtualization_type": {
              "constant_value": "hvm"
            },
            "root_device_name": {
              "constant_value": "/dev/xvda"
            },
            "ebs_block_device": [
              {
                "device_name": {
                  "constant_value": "/dev/xvda"
                },
                "snapshot_id": {
                  "constant_value": "snap-0abc1234def567890"
                },
                "encrypted": {
                  "constant_value": true
                }
              }
            ]
          },
          "schema_version": 0
        },
        {
          "address": "aws_ami_launch_permission.share",
          "mode": "managed",
          "type": "aws_ami_launch_permission",
          "name": "share",
          "provider_config_key": "aws",
          "expressions": {
            "image_id": {
              "references": ["aws_ami.web.id", "aws_ami.web"]
            },
            "group": {
              "constant_value": "all"
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
