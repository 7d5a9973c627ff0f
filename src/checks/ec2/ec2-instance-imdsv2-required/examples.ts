import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Parameters:
  ImageId:
    Type: AWS::EC2::Image::Id
    Default: ami-0abcdef1234567890
Resources:
  WebTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        MetadataOptions:
          HttpTokens: required
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref ImageId
      LaunchTemplate:
        LaunchTemplateId: !Ref WebTemplate
        Version: "1"
  Worker:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref ImageId
      MetadataOptions:
        HttpTokens: required
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: The launch template still allows IMDSv1; the instance takes its metadata options from it.
Parameters:
  ImageId:
    Type: AWS::EC2::Image::Id
    Default: ami-0abcdef1234567890
Resources:
  WebTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: web
      LaunchTemplateData:
        ImageId: !Ref ImageId
        InstanceType: t3.micro
        MetadataOptions:
          HttpTokens: optional
          HttpEndpoint: enabled
  Web:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref WebTemplate
        Version: !GetAtt WebTemplate.LatestVersionNumber
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_instance" "ledger" {
  ami = "ami-0abcdef1234567890"
  instance_type = "m5.large"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens = "required"
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
  metadata_options {
    http_endpoint = "enabled"
    http_tokens = "optional"
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
          "address": "aws_instance.ledger",
          "mode": "managed",
          "type": "aws_instance",
          "name": "ledger",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "ami": "ami-0abcdef1234567890",
            "instance_type": "m5.large",
            "metadata_options": [
              {
                "http_endpoint": "enabled",
                "http_tokens": "required"
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
          "metadata_options": [
            {
              "http_endpoint": "enabled",
              "http_tokens": "required"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "metadata_options": [{}]
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
            "metadata_options": [
              {
                "http_endpoint": {
                  "constant_value": "enabled"
                },
                "http_tokens": {
                  "constant_value": "required"
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
          "address": "aws_instance.ledger",
          "mode": "managed",
          "type": "aws_instance",
          "name": "ledger",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "ami": "ami-0abcdef1234567890",
            "instance_type": "m5.large",
            "metadata_options": [
              {
                "http_endpoint": "enabled",
                "http_tokens": "optional"
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
          "metadata_options": [
            {
              "http_endpoint": "enabled",
              "http_tokens": "optional"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "metadata_options": [{}]
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
            "metadata_options": [
              {
                "http_endpoint": {
                  "constant_value": "enabled"
                },
                "http_tokens": {
                  "constant_value": "optional"
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
