import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Analysts:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/ReadOnlyAccess
  Analyst:
    Type: AWS::IAM::User
    Properties:
      UserName: analyst
      Groups: [!Ref Analysts]
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Analyst:
    Type: AWS::IAM::User
    Properties:
      UserName: analyst
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/ReadOnlyAccess
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_iam_user" "ana" {
  name = "ana"
  path = "/"
}

resource "aws_iam_group" "readers" {
  name = "readers"
  path = "/"
}

resource "aws_iam_user_group_membership" "ana" {
  user = aws_iam_user.ana.name
  groups = aws_iam_group.readers.name
}

resource "aws_iam_group_policy_attachment" "readers" {
  group = aws_iam_group.readers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
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

resource "aws_iam_user" "ana" {
  name = "ana"
  path = "/"
}

resource "aws_iam_user_policy_attachment" "ana" {
  user = aws_iam_user.ana.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
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
          "address": "aws_iam_group.readers",
          "mode": "managed",
          "type": "aws_iam_group",
          "name": "readers",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "readers",
            "path": "/"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_iam_user_group_membership.ana",
          "mode": "managed",
          "type": "aws_iam_user_group_membership",
          "name": "ana",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {},
          "sensitive_values": {}
        },
        {
          "address": "aws_iam_group_policy_attachment.readers",
          "mode": "managed",
          "type": "aws_iam_group_policy_attachment",
          "name": "readers",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"
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
      "address": "aws_iam_group.readers",
      "mode": "managed",
      "type": "aws_iam_group",
      "name": "readers",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "readers",
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
      "address": "aws_iam_user_group_membership.ana",
      "mode": "managed",
      "type": "aws_iam_user_group_membership",
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
          "groups": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "user": true,
          "groups": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_iam_group_policy_attachment.readers",
      "mode": "managed",
      "type": "aws_iam_group_policy_attachment",
      "name": "readers",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "group": null,
          "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "group": true
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
          "address": "aws_iam_group.readers",
          "mode": "managed",
          "type": "aws_iam_group",
          "name": "readers",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "readers"
            },
            "path": {
              "constant_value": "/"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_iam_user_group_membership.ana",
          "mode": "managed",
          "type": "aws_iam_user_group_membership",
          "name": "ana",
          "provider_config_key": "aws",
          "expressions": {
            "user": {
              "references": ["aws_iam_user.ana.name", "aws_iam_user.ana"]
            },
            "groups": {
              "references": ["aws_iam_group.readers.name", "aws_iam_group.readers"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_iam_group_policy_attachment.readers",
          "mode": "managed",
          "type": "aws_iam_group_policy_attachment",
          "name": "readers",
          "provider_config_key": "aws",
          "expressions": {
            "group": {
              "references": ["aws_iam_group.readers.name", "aws_iam_group.readers"]
            },
            "policy_arn": {
              "constant_value": "arn:aws:iam::aws:policy/ReadOnlyAccess"
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
          "address": "aws_iam_user_policy_attachment.ana",
          "mode": "managed",
          "type": "aws_iam_user_policy_attachment",
          "name": "ana",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"
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
      "address": "aws_iam_user_policy_attachment.ana",
      "mode": "managed",
      "type": "aws_iam_user_policy_attachment",
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
          "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"
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
          "address": "aws_iam_user_policy_attachment.ana",
          "mode": "managed",
          "type": "aws_iam_user_policy_attachment",
          "name": "ana",
          "provider_config_key": "aws",
          "expressions": {
            "user": {
              "references": ["aws_iam_user.ana.name", "aws_iam_user.ana"]
            },
            "policy_arn": {
              "constant_value": "arn:aws:iam::aws:policy/ReadOnlyAccess"
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
