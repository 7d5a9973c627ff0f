import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
{
  "Resources": {
    "Narrow": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "https only",
        "VpcId": "vpc-0123456789abcdef0",
        "SecurityGroupIngress": [
          { "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0" }
        ]
      }
    }
  }
}
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
{
  "Resources": {
    "Wide": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "everything from anywhere",
        "VpcId": "vpc-0123456789abcdef0",
        "SecurityGroupIngress": [{ "IpProtocol": "-1", "CidrIpv6": "::/0" }]
      }
    }
  }
}
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.1.0.0/16"
  instance_tenancy = "default"
}

resource "aws_security_group" "web" {
  name = "web"
  description = "web"
  vpc_id = aws_vpc.main.id
  ingress {
    protocol = "tcp"
    from_port = 443
    to_port = 443
    cidr_blocks = ["0.0.0.0/0"]
    ipv6_cidr_blocks = []
    prefix_list_ids = []
    security_groups = []
    self = false
    description = "https"
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

resource "aws_vpc" "main" {
  cidr_block = "10.1.0.0/16"
  instance_tenancy = "default"
}

resource "aws_security_group" "web" {
  name = "web"
  description = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "everything" {
  type = "ingress"
  security_group_id = aws_security_group.web.id
  protocol = "-1"
  from_port = 0
  to_port = 0
  cidr_blocks = ["0.0.0.0/0"]
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
          "address": "aws_vpc.main",
          "mode": "managed",
          "type": "aws_vpc",
          "name": "main",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "cidr_block": "10.1.0.0/16",
            "instance_tenancy": "default"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_security_group.web",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "web",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "web",
            "description": "web",
            "ingress": [
              {
                "protocol": "tcp",
                "from_port": 443,
                "to_port": 443,
                "cidr_blocks": ["0.0.0.0/0"],
                "ipv6_cidr_blocks": [],
                "prefix_list_ids": [],
                "security_groups": [],
                "self": false,
                "description": "https"
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
      "address": "aws_vpc.main",
      "mode": "managed",
      "type": "aws_vpc",
      "name": "main",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "cidr_block": "10.1.0.0/16",
          "instance_tenancy": "default"
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
      "address": "aws_security_group.web",
      "mode": "managed",
      "type": "aws_security_group",
      "name": "web",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "web",
          "description": "web",
          "vpc_id": null,
          "ingress": [
            {
              "protocol": "tcp",
              "from_port": 443,
              "to_port": 443,
              "cidr_blocks": ["0.0.0.0/0"],
              "ipv6_cidr_blocks": [],
              "prefix_list_ids": [],
              "security_groups": [],
              "self": false,
              "description": "https"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "vpc_id": true,
          "ingress": [
            {
              "cidr_blocks": [false],
              "ipv6_cidr_blocks": [],
              "prefix_list_ids": [],
              "security_groups": []
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
          "address": "aws_vpc.main",
          "mode": "managed",
          "type": "aws_vpc",
          "name": "main",
          "provider_config_key": "aws",
          "expressions": {
            "cidr_block": {
              "constant_value": "10.1.0.0/16"
            },
            "instance_tenancy": {
              "constant_value": "default"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_security_group.web",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "web",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "web"
            },
            "description": {
              "constant_value": "web"
            },
            "vpc_id": {
              "references": ["aws_vpc.main.id", "aws_vpc.main"]
            },
            "ingress": [
              {
                "protocol": {
                  "constant_value": "tcp"
                },
                "from_port": {
                  "constant_value": 443
                },
                "to_port": {
                  "constant_value": 443
                },
                "cidr_blocks": {
                  "constant_value": ["0.0.0.0/0"]
                },
                "ipv6_cidr_blocks": {
                  "constant_value": []
                },
                "prefix_list_ids": {
                  "constant_value": []
                },
                "security_groups": {
                  "constant_value": []
                },
                "self": {
                  "constant_value": false
                },
                "description": {
                  "constant_value": "https"
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
          "address": "aws_vpc.main",
          "mode": "managed",
          "type": "aws_vpc",
          "name": "main",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "cidr_block": "10.1.0.0/16",
            "instance_tenancy": "default"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_security_group.web",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "web",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "web",
            "description": "web"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_security_group_rule.everything",
          "mode": "managed",
          "type": "aws_security_group_rule",
          "name": "everything",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "type": "ingress",
            "protocol": "-1",
            "from_port": 0,
            "to_port": 0,
            "cidr_blocks": ["0.0.0.0/0"]
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_vpc.main",
      "mode": "managed",
      "type": "aws_vpc",
      "name": "main",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "cidr_block": "10.1.0.0/16",
          "instance_tenancy": "default"
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
      "address": "aws_security_group.web",
      "mode": "managed",
      "type": "aws_security_group",
      "name": "web",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "web",
          "description": "web",
          "vpc_id": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "vpc_id": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_security_group_rule.everything",
      "mode": "managed",
      "type": "aws_security_group_rule",
      "name": "everything",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "type": "ingress",
          "security_group_id": null,
          "protocol": "-1",
          "from_port": 0,
          "to_port": 0,
          "cidr_blocks": ["0.0.0.0/0"]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "security_group_id": true,
          "cidr_blocks": [false]
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
          "address": "aws_vpc.main",
          "mode": "managed",
          "type": "aws_vpc",
          "name": "main",
          "provider_config_key": "aws",
          "expressions": {
            "cidr_block": {
              "constant_value": "10.1.0.0/16"
            },
            "instance_tenancy": {
              "constant_value": "default"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_security_group.web",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "web",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "web"
            },
            "description": {
              "constant_value": "web"
            },
            "vpc_id": {
              "references": ["aws_vpc.main.id", "aws_vpc.main"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_security_group_rule.everything",
          "mode": "managed",
          "type": "aws_security_group_rule",
          "name": "everything",
          "provider_config_key": "aws",
          "expressions": {
            "type": {
              "constant_value": "ingress"
            },
            "security_group_id": {
              "references": ["aws_security_group.web.id", "aws_security_group.web"]
            },
            "protocol": {
              "constant_value": "-1"
            },
            "from_port": {
              "constant_value": 0
            },
            "to_port": {
              "constant_value": 0
            },
            "cidr_blocks": {
              "constant_value": ["0.0.0.0/0"]
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
