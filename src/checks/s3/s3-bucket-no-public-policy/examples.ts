import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Private:
    Type: AWS::S3::Bucket
  # RestrictPublicBuckets, stated on, keeps the public statement from reaching anyone.
  Restricted:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true
        BlockPublicPolicy: true
        RestrictPublicBuckets: true
  RestrictedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Restricted
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Restricted.Arn}/*"
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Description: Public bucket policies, judged as written.
Resources:
  # Block Public Access left at the new-bucket default: S3 refuses the policy (deploy fails) or, turned off, the bucket is public.
  Website:
    Type: AWS::S3::Bucket
  WebsitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Website
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: PublicRead
            Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Website.Arn}/*"
  # Block Public Access turned off: public unless account-level Block Public Access (not in the template) restricts it.
  Open:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: false
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
  OpenPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Open
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:*
            Resource: !Sub "\${Open.Arn}/*"
  # A public policy on a bucket made elsewhere, judged on what it says.
  ExistingBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: legacy-downloads
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: arn:aws:s3:::legacy-downloads/*
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
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket" "reports" {
  bucket        = "kestrel-reports"
  force_destroy = false
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "Public",
          "Effect": "Allow",
          "Principal": "*",
          "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::kestrel-reports/*"
        }
      ]
    }
  POLICY
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
        },
        {
          "address": "aws_s3_bucket_policy.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_policy",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Public\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::kestrel-reports/*\\"}]}"
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
      "address": "aws_s3_bucket_policy.reports",
      "mode": "managed",
      "type": "aws_s3_bucket_policy",
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
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Public\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::kestrel-reports/*\\"}]}"
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
          "address": "aws_s3_bucket_policy.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_policy",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.reports.id", "aws_s3_bucket.reports"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Public\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::kestrel-reports/*\\"}]}"
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
