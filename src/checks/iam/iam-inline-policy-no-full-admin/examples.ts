import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: codebuild.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: artifacts
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [s3:GetObject, s3:PutObject]
                Resource: !Sub "arn:\${AWS::Partition}:s3:::build-artifacts-\${AWS::AccountId}/*"
  Operators:
    Type: AWS::IAM::Group
  OperatorsPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: describe
      Groups: [!Ref Operators]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: ec2:Describe*
            Resource: "*"
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: codebuild.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: "*"
                Resource: "*"
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
}

resource "aws_iam_role_policy" "app" {
  name = "read"
  role = aws_iam_role.app.name
  policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":[\\"s3:GetObject\\"],\\"Resource\\":\\"arn:aws:s3:::kestrel-reports/*\\"}]}"
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

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
}

resource "aws_iam_role_policy" "app" {
  name = "everything"
  role = aws_iam_role.app.name
  policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"
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
          "address": "aws_iam_role.app",
          "mode": "managed",
          "type": "aws_iam_role",
          "name": "app",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "app",
            "assume_role_policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_iam_role_policy.app",
          "mode": "managed",
          "type": "aws_iam_role_policy",
          "name": "app",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "read",
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":[\\"s3:GetObject\\"],\\"Resource\\":\\"arn:aws:s3:::kestrel-reports/*\\"}]}"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_iam_role.app",
      "mode": "managed",
      "type": "aws_iam_role",
      "name": "app",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "app",
          "assume_role_policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
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
      "address": "aws_iam_role_policy.app",
      "mode": "managed",
      "type": "aws_iam_role_policy",
      "name": "app",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "read",
          "role": null,
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":[\\"s3:GetObject\\"],\\"Resource\\":\\"arn:aws:s3:::kestrel-reports/*\\"}]}"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "role": true
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
          "address": "aws_iam_role.app",
          "mode": "managed",
          "type": "aws_iam_role",
          "name": "app",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "app"
            },
            "assume_role_policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_iam_role_policy.app",
          "mode": "managed",
          "type": "aws_iam_role_policy",
          "name": "app",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "read"
            },
            "role": {
              "references": ["aws_iam_role.app.name", "aws_iam_role.app"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":[\\"s3:GetObject\\"],\\"Resource\\":\\"arn:aws:s3:::kestrel-reports/*\\"}]}"
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
          "address": "aws_iam_role.app",
          "mode": "managed",
          "type": "aws_iam_role",
          "name": "app",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "app",
            "assume_role_policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_iam_role_policy.app",
          "mode": "managed",
          "type": "aws_iam_role_policy",
          "name": "app",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "everything",
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_iam_role.app",
      "mode": "managed",
      "type": "aws_iam_role",
      "name": "app",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "app",
          "assume_role_policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
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
      "address": "aws_iam_role_policy.app",
      "mode": "managed",
      "type": "aws_iam_role_policy",
      "name": "app",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "everything",
          "role": null,
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "role": true
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
          "address": "aws_iam_role.app",
          "mode": "managed",
          "type": "aws_iam_role",
          "name": "app",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "app"
            },
            "assume_role_policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"ec2.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_iam_role_policy.app",
          "mode": "managed",
          "type": "aws_iam_role_policy",
          "name": "app",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "everything"
            },
            "role": {
              "references": ["aws_iam_role.app.name", "aws_iam_role.app"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"
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
