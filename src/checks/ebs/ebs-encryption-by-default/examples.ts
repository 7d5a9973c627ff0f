import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
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

resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
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
          "address": "aws_ebs_encryption_by_default.this",
          "mode": "managed",
          "type": "aws_ebs_encryption_by_default",
          "name": "this",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "enabled": true
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_ebs_encryption_by_default.this",
      "mode": "managed",
      "type": "aws_ebs_encryption_by_default",
      "name": "this",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "enabled": true
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
          "address": "aws_ebs_encryption_by_default.this",
          "mode": "managed",
          "type": "aws_ebs_encryption_by_default",
          "name": "this",
          "provider_config_key": "aws",
          "expressions": {
            "enabled": {
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
          "address": "aws_ebs_encryption_by_default.this",
          "mode": "managed",
          "type": "aws_ebs_encryption_by_default",
          "name": "this",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "enabled": false
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_ebs_encryption_by_default.this",
      "mode": "managed",
      "type": "aws_ebs_encryption_by_default",
      "name": "this",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "enabled": false
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
          "address": "aws_ebs_encryption_by_default.this",
          "mode": "managed",
          "type": "aws_ebs_encryption_by_default",
          "name": "this",
          "provider_config_key": "aws",
          "expressions": {
            "enabled": {
              "constant_value": false
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
