import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Enforced:
    Type: AWS::S3::Bucket
  PrivateAcl:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: Private
  # Log delivery grants are not public.
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: LogDeliveryWrite
      OwnershipControls:
        Rules:
          - ObjectOwnership: ObjectWriter
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: Public canned ACLs, judged as written; each either fails to deploy or makes the bucket public.
Resources:
  # ACLs disabled by default (BucketOwnerEnforced): S3 refuses the ACL.
  DefaultOwnership:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicReadWrite
  # ACLs enabled, Block Public Access left at its default: S3 refuses the ACL unless it is turned off.
  LegacyAcl:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
      OwnershipControls:
        Rules:
          - ObjectOwnership: ObjectWriter
  # ACLs enabled and Block Public Access off: public unless the account's Block Public Access ignores it.
  OpenAcl:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: AuthenticatedRead
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerPreferred
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: false
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
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

resource "aws_s3_bucket_acl" "reports" {
  bucket = aws_s3_bucket.reports.id
  acl = "private"
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

resource "aws_s3_bucket_ownership_controls" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "reports" {
  bucket = aws_s3_bucket.reports.id
  acl = "public-read"
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
          "address": "aws_s3_bucket_acl.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_acl",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "acl": "private"
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
      "address": "aws_s3_bucket_acl.reports",
      "mode": "managed",
      "type": "aws_s3_bucket_acl",
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
          "acl": "private"
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
          "address": "aws_s3_bucket_acl.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_acl",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.reports.id", "aws_s3_bucket.reports"]
            },
            "acl": {
              "constant_value": "private"
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
        },
        {
          "address": "aws_s3_bucket_ownership_controls.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_ownership_controls",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "rule": [
              {
                "object_ownership": "BucketOwnerPreferred"
              }
            ]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket_acl.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_acl",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "acl": "public-read"
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
    },
    {
      "address": "aws_s3_bucket_ownership_controls.reports",
      "mode": "managed",
      "type": "aws_s3_bucket_ownership_controls",
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
          "rule": [
            {
              "object_ownership": "BucketOwnerPreferred"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "bucket": true,
          "rule": [{}]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_s3_bucket_acl.reports",
      "mode": "managed",
      "type": "aws_s3_bucket_acl",
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
          "acl": "public-read"
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
        },
        {
          "address": "aws_s3_bucket_ownership_controls.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_ownership_controls",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.reports.id", "aws_s3_bucket.reports"]
            },
            "rule": [
              {
                "object_ownership": {
                  "constant_value": "BucketOwnerPreferred"
                }
              }
            ]
          },
          "schema_version": 0
        },
        {
          "address": "aws_s3_bucket_acl.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_acl",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.reports.id", "aws_s3_bucket.reports"]
            },
            "acl": {
              "constant_value": "public-read"
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
