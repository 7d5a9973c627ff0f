import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
AWSTemplateFormatVersion: "2010-09-09"
Description: An audit trail encrypted with a customer managed key of the same template.
Resources:
  TrailKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  AuditTrail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit-logs-example
      KMSKeyId: !Ref TrailKey
      EnableLogFileValidation: true
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
AWSTemplateFormatVersion: "2010-09-09"
Description: An audit trail whose log files rely on the bucket's SSE-S3 only.
Resources:
  AuditTrail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit-logs-example
      IsMultiRegionTrail: true
      EnableLogFileValidation: true
  # An empty key id names no key.
  EmptyKeyTrail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit-logs-example
      IsMultiRegionTrail: true
      EnableLogFileValidation: true
      KMSKeyId: ""
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_kms_key" "trail" {
  description = "trail key"
  enable_key_rotation = true
  is_enabled = true
  key_usage = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
}

resource "aws_cloudtrail" "main" {
  name = "main"
  s3_bucket_name = "kestrel-cloudtrail"
  is_multi_region_trail = true
  include_global_service_events = true
  enable_logging = true
  enable_log_file_validation = true
  is_organization_trail = false
  kms_key_id = aws_kms_key.trail.arn
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

resource "aws_cloudtrail" "main" {
  name = "main"
  s3_bucket_name = "kestrel-cloudtrail"
  is_multi_region_trail = true
  include_global_service_events = true
  enable_logging = true
  enable_log_file_validation = true
  is_organization_trail = false
  kms_key_id = null
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
          "address": "aws_kms_key.trail",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "trail",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "trail key",
            "enable_key_rotation": true,
            "is_enabled": true,
            "key_usage": "ENCRYPT_DECRYPT",
            "customer_master_key_spec": "SYMMETRIC_DEFAULT"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_cloudtrail.main",
          "mode": "managed",
          "type": "aws_cloudtrail",
          "name": "main",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "main",
            "s3_bucket_name": "kestrel-cloudtrail",
            "is_multi_region_trail": true,
            "include_global_service_events": true,
            "enable_logging": true,
            "enable_log_file_validation": true,
            "is_organization_trail": false
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_kms_key.trail",
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "trail",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "description": "trail key",
          "enable_key_rotation": true,
          "is_enabled": true,
          "key_usage": "ENCRYPT_DECRYPT",
          "customer_master_key_spec": "SYMMETRIC_DEFAULT",
          "key_id": null,
          "policy": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "key_id": true,
          "policy": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_cloudtrail.main",
      "mode": "managed",
      "type": "aws_cloudtrail",
      "name": "main",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "main",
          "s3_bucket_name": "kestrel-cloudtrail",
          "is_multi_region_trail": true,
          "include_global_service_events": true,
          "enable_logging": true,
          "enable_log_file_validation": true,
          "is_organization_trail": false,
          "kms_key_id": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "kms_key_id": true
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
          "address": "aws_kms_key.trail",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "trail",
          "provider_config_key": "aws",
          "expressions": {
            "description": {
              "constant_value": "trail key"
            },
            "enable_key_rotation": {
              "constant_value": true
            },
            "is_enabled": {
              "constant_value": true
            },
            "key_usage": {
              "constant_value": "ENCRYPT_DECRYPT"
            },
            "customer_master_key_spec": {
              "constant_value": "SYMMETRIC_DEFAULT"
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_cloudtrail.main",
          "mode": "managed",
          "type": "aws_cloudtrail",
          "name": "main",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "main"
            },
            "s3_bucket_name": {
              "constant_value": "kestrel-cloudtrail"
            },
            "is_multi_region_trail": {
              "constant_value": true
            },
            "include_global_service_events": {
              "constant_value": true
            },
            "enable_logging": {
              "constant_value": true
            },
            "enable_log_file_validation": {
              "constant_value": true
            },
            "is_organization_trail": {
              "constant_value": false
            },
            "kms_key_id": {
              "references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]
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
          "address": "aws_cloudtrail.main",
          "mode": "managed",
          "type": "aws_cloudtrail",
          "name": "main",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "main",
            "s3_bucket_name": "kestrel-cloudtrail",
            "is_multi_region_trail": true,
            "include_global_service_events": true,
            "enable_logging": true,
            "enable_log_file_validation": true,
            "is_organization_trail": false,
            "kms_key_id": null
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_cloudtrail.main",
      "mode": "managed",
      "type": "aws_cloudtrail",
      "name": "main",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "main",
          "s3_bucket_name": "kestrel-cloudtrail",
          "is_multi_region_trail": true,
          "include_global_service_events": true,
          "enable_logging": true,
          "enable_log_file_validation": true,
          "is_organization_trail": false,
          "kms_key_id": null
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
          "address": "aws_cloudtrail.main",
          "mode": "managed",
          "type": "aws_cloudtrail",
          "name": "main",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "main"
            },
            "s3_bucket_name": {
              "constant_value": "kestrel-cloudtrail"
            },
            "is_multi_region_trail": {
              "constant_value": true
            },
            "include_global_service_events": {
              "constant_value": true
            },
            "enable_logging": {
              "constant_value": true
            },
            "enable_log_file_validation": {
              "constant_value": true
            },
            "is_organization_trail": {
              "constant_value": false
            },
            "kms_key_id": {
              "constant_value": null
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
