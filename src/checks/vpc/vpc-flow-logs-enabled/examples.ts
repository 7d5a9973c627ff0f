import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  AllTraffic:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !GetAtt Vpc.VpcId
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::flow-logs-example
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  AcceptedOnly:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ACCEPT
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::flow-logs-example
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

resource "aws_flow_log" "main" {
  vpc_id = aws_vpc.main.id
  traffic_type = "ALL"
  log_destination = "arn:aws:s3:::kestrel-flow-logs"
  log_destination_type = "s3"
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
          "address": "aws_flow_log.main",
          "mode": "managed",
          "type": "aws_flow_log",
          "name": "main",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "traffic_type": "ALL",
            "log_destination": "arn:aws:s3:::kestrel-flow-logs",
            "log_destination_type": "s3"
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
      "address": "aws_flow_log.main",
      "mode": "managed",
      "type": "aws_flow_log",
      "name": "main",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "vpc_id": null,
          "traffic_type": "ALL",
          "log_destination": "arn:aws:s3:::kestrel-flow-logs",
          "log_destination_type": "s3"
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
          "address": "aws_flow_log.main",
          "mode": "managed",
          "type": "aws_flow_log",
          "name": "main",
          "provider_config_key": "aws",
          "expressions": {
            "vpc_id": {
              "references": ["aws_vpc.main.id", "aws_vpc.main"]
            },
            "traffic_type": {
              "constant_value": "ALL"
            },
            "log_destination": {
              "constant_value": "arn:aws:s3:::kestrel-flow-logs"
            },
            "log_destination_type": {
              "constant_value": "s3"
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
