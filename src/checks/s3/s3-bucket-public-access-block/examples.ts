import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  ByDefault:
    Type: AWS::S3::Bucket
  Stated:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: true
        RestrictPublicBuckets: true
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: Block Public Access turned off on the bucket fails as written; the reason names account-level Block Public Access, which the template cannot show.
Resources:
  Open:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: true
        BlockPublicPolicy: false
        RestrictPublicBuckets: true
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "reports" {
  bucket = "kestrel-reports"
  force_destroy = false
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket = aws_s3_bucket.reports.id
  block_public_acls = true
  ignore_public_acls = true
  block_public_policy = true
  restrict_public_buckets = true
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

resource "aws_s3_account_public_access_block" "this" {
  block_public_acls = false
  ignore_public_acls = false
  block_public_policy = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket" "reports" {
  bucket = "kestrel-reports"
  force_destroy = false
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket = aws_s3_bucket.reports.id
  block_public_acls = false
  ignore_public_acls = false
  block_public_policy = false
  restrict_public_buckets = false
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
          "address": "aws_s3_bucket.reports",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-reports",
            "force_destroy": false
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket_public_access_block.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_public_access_block",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "block_public_acls": true,
            "ignore_public_acls": true,
            "block_public_policy": true,
            "restrict_public_buckets": true
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_s3_bucket.reports",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "reports",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-reports",
          "force_destroy": false
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
      "address": "aws_s3_bucket_public_access_block.reports",
      "mode": "managed",
      "type": "aws_s3_bucket_public_access_block",
      "name": "reports",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": null,
          "block_public_acls": true,
          "ignore_public_acls": true,
          "block_public_policy": true,
          "restrict_public_buckets": true
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "bucket": true
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
          "address": "aws_s3_bucket.reports",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "constant_value": "kestrel-reports"
            },
            "force_destroy": {
              "constant_value": false
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_s3_bucket_public_access_block.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_public_access_block",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.reports.id", "aws_s3_bucket.reports"]
            },
            "block_public_acls": {
              "constant_value": true
            },
            "ignore_public_acls": {
              "constant_value": true
            },
            "block_public_policy": {
              "constant_value": true
            },
            "restrict_public_buckets": {
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
          "address": "aws_s3_account_public_access_block.this",
          "mode": "managed",
          "type": "aws_s3_account_public_access_block",
          "name": "this",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "block_public_acls": false,
            "ignore_public_acls": false,
            "block_public_policy": false,
            "restrict_public_buckets": false
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket.reports",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-reports",
            "force_destroy": false
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket_public_access_block.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_public_access_block",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "block_public_acls": false,
            "ignore_public_acls": false,
            "block_public_policy": false,
            "restrict_public_buckets": false
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_s3_account_public_access_block.this",
      "mode": "managed",
      "type": "aws_s3_account_public_access_block",
      "name": "this",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "block_public_acls": false,
          "ignore_public_acls": false,
          "block_public_policy": false,
          "restrict_public_buckets": false
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
      "address": "aws_s3_bucket.reports",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "reports",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-reports",
          "force_destroy": false
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
      "address": "aws_s3_bucket_public_access_block.reports",
      "mode": "managed",
      "type": "aws_s3_bucket_public_access_block",
      "name": "reports",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": null,
          "block_public_acls": false,
          "ignore_public_acls": false,
          "block_public_policy": false,
          "restrict_public_buckets": false
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "bucket": true
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
          "address": "aws_s3_account_public_access_block.this",
          "mode": "managed",
          "type": "aws_s3_account_public_access_block",
          "name": "this",
          "provider_config_key": "aws",
          "expressions": {
            "block_public_acls": {
              "constant_value": false
            },
            "ignore_public_acls": {
              "constant_value": false
            },
            "block_public_policy": {
              "constant_value": false
            },
            "restrict_public_buckets": {
              "constant_value": false
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_s3_bucket.reports",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "constant_value": "kestrel-reports"
            },
            "force_destroy": {
              "constant_value": false
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_s3_bucket_public_access_block.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_public_access_block",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.reports.id", "aws_s3_bucket.reports"]
            },
            "block_public_acls": {
              "constant_value": false
            },
            "ignore_public_acls": {
              "constant_value": false
            },
            "block_public_policy": {
              "constant_value": false
            },
            "restrict_public_buckets": {
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
