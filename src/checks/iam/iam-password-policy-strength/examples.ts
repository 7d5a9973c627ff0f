import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 16
  require_symbols = true
  require_numbers = true
  require_uppercase_characters = true
  require_lowercase_characters = true
  password_reuse_prevention = 24
  max_password_age = 90
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

resource "aws_iam_account_password_policy" "weak" {
  minimum_password_length = 8
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
          "address": "aws_iam_account_password_policy.strict",
          "mode": "managed",
          "type": "aws_iam_account_password_policy",
          "name": "strict",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "minimum_password_length": 16,
            "require_symbols": true,
            "require_numbers": true,
            "require_uppercase_characters": true,
            "require_lowercase_characters": true,
            "password_reuse_prevention": 24,
            "max_password_age": 90
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_iam_account_password_policy.strict",
      "mode": "managed",
      "type": "aws_iam_account_password_policy",
      "name": "strict",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "minimum_password_length": 16,
          "require_symbols": true,
          "require_numbers": true,
          "require_uppercase_characters": true,
          "require_lowercase_characters": true,
          "password_reuse_prevention": 24,
          "max_password_age": 90
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
          "address": "aws_iam_account_password_policy.strict",
          "mode": "managed",
          "type": "aws_iam_account_password_policy",
          "name": "strict",
          "provider_config_key": "aws",
          "expressions": {
            "minimum_password_length": {
              "constant_value": 16
            },
            "require_symbols": {
              "constant_value": true
            },
            "require_numbers": {
              "constant_value": true
            },
            "require_uppercase_characters": {
              "constant_value": true
            },
            "require_lowercase_characters": {
              "constant_value": true
            },
            "password_reuse_prevention": {
              "constant_value": 24
            },
            "max_password_age": {
              "constant_value": 90
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
          "address": "aws_iam_account_password_policy.weak",
          "mode": "managed",
          "type": "aws_iam_account_password_policy",
          "name": "weak",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "minimum_password_length": 8
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_iam_account_password_policy.weak",
      "mode": "managed",
      "type": "aws_iam_account_password_policy",
      "name": "weak",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "minimum_password_length": 8
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
          "address": "aws_iam_account_password_policy.weak",
          "mode": "managed",
          "type": "aws_iam_account_password_policy",
          "name": "weak",
          "provider_config_key": "aws",
          "expressions": {
            "minimum_password_length": {
              "constant_value": 8
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
