import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Assets:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "assets-\${AWS::AccountId}"
  AssetsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Assets
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: TlsOnly
            Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource:
              - !GetAtt Assets.Arn
              - !Sub "\${Assets.Arn}/*"
            Condition:
              Bool:
                aws:SecureTransport: "false"
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Assets:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: assets-example
  AssetsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Assets
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: CdnRead
            Effect: Allow
            Principal: { Service: cloudfront.amazonaws.com }
            Action: s3:GetObject
            Resource: !Sub "\${Assets.Arn}/*"
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    note: 'the plan example holds the bucket in a child module; a one-file snippet cannot (a local module is a folder), so here it sits in the root module',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "reports" {
  bucket        = "kestrel-reports"
  force_destroy = false
  tags = {
    DataClassification = "confidential"
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyPlainHttp"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::kestrel-reports", "arn:aws:s3:::kestrel-reports/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'fail',
    note: 'the plan example holds the bucket in a child module; a one-file snippet cannot (a local module is a folder), so here it sits in the root module',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "reports" {
  bucket        = "kestrel-reports"
  force_destroy = false
  tags = {
    DataClassification = "confidential"
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ReadOnly"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = ["arn:aws:s3:::kestrel-reports", "arn:aws:s3:::kestrel-reports/*"]
    }]
  })
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
          "address": "aws_s3_bucket_policy.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_policy",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"DenyPlainHttp\\",\\"Effect\\":\\"Deny\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:*\\",\\"Resource\\":[\\"arn:aws:s3:::kestrel-reports\\",\\"arn:aws:s3:::kestrel-reports/*\\"],\\"Condition\\":{\\"Bool\\":{\\"aws:SecureTransport\\":\\"false\\"}}}]}"
          },
          "sensitive_values": {}
        }
      ],
      "child_modules": [
        {
          "address": "module.reports",
          "resources": [
            {
              "address": "module.reports.aws_s3_bucket.this",
              "mode": "managed",
              "type": "aws_s3_bucket",
              "name": "this",
              "provider_name": "registry.terraform.io/hashicorp/aws",
              "schema_version": 0,
              "values": {
                "bucket": "kestrel-reports",
                "force_destroy": false,
                "tags": {
                  "DataClassification": "confidential"
                }
              },
              "sensitive_values": {}
            }
          ]
        }
      ]
    }
  },
  "resource_changes": [
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
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"DenyPlainHttp\\",\\"Effect\\":\\"Deny\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:*\\",\\"Resource\\":[\\"arn:aws:s3:::kestrel-reports\\",\\"arn:aws:s3:::kestrel-reports/*\\"],\\"Condition\\":{\\"Bool\\":{\\"aws:SecureTransport\\":\\"false\\"}}}]}"
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
      "address": "module.reports.aws_s3_bucket.this",
      "module_address": "module.reports",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "this",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-reports",
          "force_destroy": false,
          "tags": {
            "DataClassification": "confidential"
          }
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
          "address": "aws_s3_bucket_policy.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_policy",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["module.reports.bucket_id", "module.reports"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"DenyPlainHttp\\",\\"Effect\\":\\"Deny\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:*\\",\\"Resource\\":[\\"arn:aws:s3:::kestrel-reports\\",\\"arn:aws:s3:::kestrel-reports/*\\"],\\"Condition\\":{\\"Bool\\":{\\"aws:SecureTransport\\":\\"false\\"}}}]}"
            }
          },
          "schema_version": 0
        }
      ],
      "module_calls": {
        "reports": {
          "source": "./modules/reports",
          "expressions": {
            "name": {
              "constant_value": "kestrel-reports"
            }
          },
          "module": {
            "resources": [
              {
                "address": "aws_s3_bucket.this",
                "mode": "managed",
                "type": "aws_s3_bucket",
                "name": "this",
                "provider_config_key": "aws",
                "expressions": {
                  "bucket": {
                    "constant_value": "kestrel-reports"
                  },
                  "force_destroy": {
                    "constant_value": false
                  },
                  "tags": {
                    "constant_value": {
                      "DataClassification": "confidential"
                    }
                  }
                },
                "schema_version": 0
              }
            ],
            "outputs": {
              "bucket_id": {
                "expression": {
                  "references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]
                }
              }
            }
          }
        }
      }
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
          "address": "aws_s3_bucket_policy.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_policy",
          "name": "reports",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"ReadOnly\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":[\\"arn:aws:s3:::kestrel-reports\\",\\"arn:aws:s3:::kestrel-reports/*\\"]}]}"
          },
          "sensitive_values": {}
        }
      ],
      "child_modules": [
        {
          "address": "module.reports",
          "resources": [
            {
              "address": "module.reports.aws_s3_bucket.this",
              "mode": "managed",
              "type": "aws_s3_bucket",
              "name": "this",
              "provider_name": "registry.terraform.io/hashicorp/aws",
              "schema_version": 0,
              "values": {
                "bucket": "kestrel-reports",
                "force_destroy": false,
                "tags": {
                  "DataClassification": "confidential"
                }
              },
              "sensitive_values": {}
            }
          ]
        }
      ]
    }
  },
  "resource_changes": [
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
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"ReadOnly\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":[\\"arn:aws:s3:::kestrel-reports\\",\\"arn:aws:s3:::kestrel-reports/*\\"]}]}"
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
      "address": "module.reports.aws_s3_bucket.this",
      "module_address": "module.reports",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "this",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-reports",
          "force_destroy": false,
          "tags": {
            "DataClassification": "confidential"
          }
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
          "address": "aws_s3_bucket_policy.reports",
          "mode": "managed",
          "type": "aws_s3_bucket_policy",
          "name": "reports",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["module.reports.bucket_id", "module.reports"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"ReadOnly\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":[\\"arn:aws:s3:::kestrel-reports\\",\\"arn:aws:s3:::kestrel-reports/*\\"]}]}"
            }
          },
          "schema_version": 0
        }
      ],
      "module_calls": {
        "reports": {
          "source": "./modules/reports",
          "expressions": {
            "name": {
              "constant_value": "kestrel-reports"
            }
          },
          "module": {
            "resources": [
              {
                "address": "aws_s3_bucket.this",
                "mode": "managed",
                "type": "aws_s3_bucket",
                "name": "this",
                "provider_config_key": "aws",
                "expressions": {
                  "bucket": {
                    "constant_value": "kestrel-reports"
                  },
                  "force_destroy": {
                    "constant_value": false
                  },
                  "tags": {
                    "constant_value": {
                      "DataClassification": "confidential"
                    }
                  }
                },
                "schema_version": 0
              }
            ],
            "outputs": {
              "bucket_id": {
                "expression": {
                  "references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]
                }
              }
            }
          }
        }
      }
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
