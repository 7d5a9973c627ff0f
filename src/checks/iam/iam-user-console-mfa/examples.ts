import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Contractor:
    Type: AWS::IAM::User
    Properties:
      UserName: contractor
      LoginProfile:
        Password: "{{resolve:secretsmanager:contractor-initial-password}}"
        PasswordResetRequired: true
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'fail',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_iam_user" "ana" {
  name = "ana"
  path = "/"
}

resource "aws_iam_user_login_profile" "ana" {
  user = aws_iam_user.ana.name
  password_reset_required = true
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
          "address": "aws_iam_user.ana",
          "mode": "managed",
          "type": "aws_iam_user",
          "name": "ana",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "ana",
            "path": "/"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_iam_user_login_profile.ana",
          "mode": "managed",
          "type": "aws_iam_user_login_profile",
          "name": "ana",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "password_reset_required": true
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_iam_user.ana",
      "mode": "managed",
      "type": "aws_iam_user",
      "name": "ana",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "ana",
          "path": "/"
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
      "address": "aws_iam_user_login_profile.ana",
      "mode": "managed",
      "type": "aws_iam_user_login_profile",
      "name": "ana",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "user": null,
          "password_reset_required": true
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "user": true
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
          "address": "aws_iam_user.ana",
          "mode": "managed",
          "type": "aws_iam_user",
          "name": "ana",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "ana"
            },
            "path": {
              "constant_value": "/"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_iam_user_login_profile.ana",
          "mode": "managed",
          "type": "aws_iam_user_login_profile",
          "name": "ana",
          "provider_config_key": "aws",
          "expressions": {
            "user": {
              "references": ["aws_iam_user.ana.name", "aws_iam_user.ana"]
            },
            "password_reset_required": {
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
