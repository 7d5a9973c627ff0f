import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 10.0.0.0/8
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: vpc-0123456789abcdef0
  WebHttps:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Web
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 0.0.0.0/0
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: SSH opened to the internet by a standalone ingress rule joined to its group.
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      VpcId: vpc-0123456789abcdef0
  BastionSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Bastion.GroupId
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
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

resource "aws_security_group" "admin" {
  name = "admin"
  description = "admin"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.admin.id
  ip_protocol = "tcp"
  from_port = 443
  to_port = 443
  cidr_ipv4 = "0.0.0.0/0"
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

resource "aws_security_group" "admin" {
  name = "admin"
  description = "admin"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.admin.id
  ip_protocol = "tcp"
  from_port = 22
  to_port = 22
  cidr_ipv4 = "0.0.0.0/0"
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
          "address": "aws_security_group.admin",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "admin",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "admin",
            "description": "admin"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_vpc_security_group_ingress_rule.https",
          "mode": "managed",
          "type": "aws_vpc_security_group_ingress_rule",
          "name": "https",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "ip_protocol": "tcp",
            "from_port": 443,
            "to_port": 443,
            "cidr_ipv4": "0.0.0.0/0"
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
      "address": "aws_security_group.admin",
      "mode": "managed",
      "type": "aws_security_group",
      "name": "admin",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "admin",
          "description": "admin",
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
      "address": "aws_vpc_security_group_ingress_rule.https",
      "mode": "managed",
      "type": "aws_vpc_security_group_ingress_rule",
      "name": "https",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "security_group_id": null,
          "ip_protocol": "tcp",
          "from_port": 443,
          "to_port": 443,
          "cidr_ipv4": "0.0.0.0/0"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "security_group_id": true
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
          "address": "aws_security_group.admin",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "admin",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "admin"
            },
            "description": {
              "constant_value": "admin"
            },
            "vpc_id": {
              "references": ["aws_vpc.main.id", "aws_vpc.main"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_vpc_security_group_ingress_rule.https",
          "mode": "managed",
          "type": "aws_vpc_security_group_ingress_rule",
          "name": "https",
          "provider_config_key": "aws",
          "expressions": {
            "security_group_id": {
              "references": ["aws_security_group.admin.id", "aws_security_group.admin"]
            },
            "ip_protocol": {
              "constant_value": "tcp"
            },
            "from_port": {
              "constant_value": 443
            },
            "to_port": {
              "constant_value": 443
            },
            "cidr_ipv4": {
              "constant_value": "0.0.0.0/0"
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
          "address": "aws_security_group.admin",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "admin",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "admin",
            "description": "admin"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_vpc_security_group_ingress_rule.ssh",
          "mode": "managed",
          "type": "aws_vpc_security_group_ingress_rule",
          "name": "ssh",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "ip_protocol": "tcp",
            "from_port": 22,
            "to_port": 22,
            "cidr_ipv4": "0.0.0.0/0"
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
      "address": "aws_security_group.admin",
      "mode": "managed",
      "type": "aws_security_group",
      "name": "admin",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "admin",
          "description": "admin",
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
      "address": "aws_vpc_security_group_ingress_rule.ssh",
      "mode": "managed",
      "type": "aws_vpc_security_group_ingress_rule",
      "name": "ssh",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "security_group_id": null,
          "ip_protocol": "tcp",
          "from_port": 22,
          "to_port": 22,
          "cidr_ipv4": "0.0.0.0/0"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "security_group_id": true
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
          "address": "aws_security_group.admin",
          "mode": "managed",
          "type": "aws_security_group",
          "name": "admin",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "admin"
            },
            "description": {
              "constant_value": "admin"
            },
            "vpc_id": {
              "references": ["aws_vpc.main.id", "aws_vpc.main"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_vpc_security_group_ingress_rule.ssh",
          "mode": "managed",
          "type": "aws_vpc_security_group_ingress_rule",
          "name": "ssh",
          "provider_config_key": "aws",
          "expressions": {
            "security_group_id": {
              "references": ["aws_security_group.admin.id", "aws_security_group.admin"]
            },
            "ip_protocol": {
              "constant_value": "tcp"
            },
            "from_port": {
              "constant_value": 22
            },
            "to_port": {
              "constant_value": 22
            },
            "cidr_ipv4": {
              "constant_value": "0.0.0.0/0"
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
