import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Description: Restricted data on dedicated instances, by the VPC's tenancy and by the instance's own.
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.20.0.0/16
      InstanceTenancy: dedicated
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.20.1.0/24
  Ledger:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: !Ref Subnet
      Tags:
        - Key: DataClassification
          Value: restricted
  Archive:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      Tenancy: dedicated
      Tags:
        - Key: DataClassification
          Value: restricted
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: Restricted data on shared hardware.
Resources:
  Ledger:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: m5.large
      Tags:
        - Key: DataClassification
          Value: restricted
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
  instance_tenancy = "dedicated"
}

resource "aws_subnet" "private" {
  vpc_id = aws_vpc.main.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_instance" "ledger" {
  ami = "ami-0abcdef1234567890"
  instance_type = "m5.large"
  subnet_id = aws_subnet.private.id
  tags = {
    DataClassification = "restricted"
  }
}

resource "aws_instance" "archive" {
  ami = "ami-0abcdef1234567890"
  tenancy = "dedicated"
  tags = {
    DataClassification = "restricted"
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

resource "aws_instance" "ledger" {
  ami = "ami-0abcdef1234567890"
  instance_type = "m5.large"
  tenancy = "default"
  tags = {
    DataClassification = "restricted"
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
          "address": "aws_vpc.main",
          "mode": "managed",
          "type": "aws_vpc",
          "name": "main",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "cidr_block": "10.1.0.0/16",
            "instance_tenancy": "dedicated"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_subnet.private",
          "mode": "managed",
          "type": "aws_subnet",
          "name": "private",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "cidr_block": "10.1.1.0/24"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_instance.ledger",
          "mode": "managed",
          "type": "aws_instance",
          "name": "ledger",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "ami": "ami-0abcdef1234567890",
            "instance_type": "m5.large",
            "tags": {
              "DataClassification": "restricted"
            }
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_instance.archive",
          "mode": "managed",
          "type": "aws_instance",
          "name": "archive",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "ami": "ami-0abcdef1234567890",
            "tenancy": "dedicated",
            "tags": {
              "DataClassification": "restricted"
            }
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
          "instance_tenancy": "dedicated"
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
      "address": "aws_subnet.private",
      "mode": "managed",
      "type": "aws_subnet",
      "name": "private",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "vpc_id": null,
          "cidr_block": "10.1.1.0/24"
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
      "address": "aws_instance.ledger",
      "mode": "managed",
      "type": "aws_instance",
      "name": "ledger",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "ami": "ami-0abcdef1234567890",
          "instance_type": "m5.large",
          "subnet_id": null,
          "tags": {
            "DataClassification": "restricted"
          }
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "subnet_id": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_instance.archive",
      "mode": "managed",
      "type": "aws_instance",
      "name": "archive",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "ami": "ami-0abcdef1234567890",
          "tenancy": "dedicated",
          "tags": {
            "DataClassification": "restricted"
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
              "constant_value": "dedicated"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_subnet.private",
          "mode": "managed",
          "type": "aws_subnet",
          "name": "private",
          "provider_config_key": "aws",
          "expressions": {
            "vpc_id": {
              "references": ["aws_vpc.main.id", "aws_vpc.main"]
            },
            "cidr_block": {
              "constant_value": "10.1.1.0/24"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_instance.ledger",
          "mode": "managed",
          "type": "aws_instance",
          "name": "ledger",
          "provider_config_key": "aws",
          "expressions": {
            "ami": {
              "constant_value": "ami-0abcdef1234567890"
            },
            "instance_type": {
              "constant_value": "m5.large"
            },
            "subnet_id": {
              "references": ["aws_subnet.private.id", "aws_subnet.private"]
            },
            "tags": {
              "constant_value": {
                "DataClassification": "restricted"
              }
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_instance.archive",
          "mode": "managed",
          "type": "aws_instance",
          "name": "archive",
          "provider_config_key": "aws",
          "expressions": {
            "ami": {
              "constant_value": "ami-0abcdef1234567890"
            },
            "tenancy": {
              "constant_value": "dedicated"
            },
            "tags": {
              "constant_value": {
                "DataClassification": "restricted"
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
          "address": "aws_instance.ledger",
          "mode": "managed",
          "type": "aws_instance",
          "name": "ledger",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "ami": "ami-0abcdef1234567890",
            "instance_type": "m5.large",
            "tenancy": "default",
            "tags": {
              "DataClassification": "restricted"
            }
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_instance.ledger",
      "mode": "managed",
      "type": "aws_instance",
      "name": "ledger",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "ami": "ami-0abcdef1234567890",
          "instance_type": "m5.large",
          "tenancy": "default",
          "tags": {
            "DataClassification": "restricted"
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
          "address": "aws_instance.ledger",
          "mode": "managed",
          "type": "aws_instance",
          "name": "ledger",
          "provider_config_key": "aws",
          "expressions": {
            "ami": {
              "constant_value": "ami-0abcdef1234567890"
            },
            "instance_type": {
              "constant_value": "m5.large"
            },
            "tenancy": {
              "constant_value": "default"
            },
            "tags": {
              "constant_value": {
                "DataClassification": "restricted"
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
