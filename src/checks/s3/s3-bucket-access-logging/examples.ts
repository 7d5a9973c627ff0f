import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  AccessLogs:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: DataClassification
          Value: internal
  Contracts:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref AccessLogs
        LogFilePrefix: contracts/
      Tags:
        - Key: DataClassification
          Value: confidential
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Contracts:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: DataClassification
          Value: confidential
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "kestrel-access-logs"
  force_destroy = false
  tags = {
    DataClassification = "internal"
  }
}

resource "aws_s3_bucket" "contracts" {
  bucket = "kestrel-contracts"
  force_destroy = false
  tags = {
    DataClassification = "confidential"
  }
}

resource "aws_s3_bucket_logging" "contracts" {
  bucket = aws_s3_bucket.contracts.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "contracts/"
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

resource "aws_s3_bucket" "contracts" {
  bucket = "kestrel-contracts"
  force_destroy = false
  tags = {
    DataClassification = "confidential"
  }
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
          "address": "aws_s3_bucket.access_logs",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "access_logs",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-access-logs",
            "force_destroy": false,
            "tags": {
              "DataClassification": "internal"
            }
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "contracts",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-contracts",
            "force_destroy": false,
            "tags": {
              "DataClassification": "confidential"
            }
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_s3_bucket_logging.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket_logging",
          "name": "contracts",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "target_prefix": "contracts/"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_s3_bucket.access_logs",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "access_logs",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-access-logs",
          "force_destroy": false,
          "tags": {
            "DataClassification": "internal"
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
    },
    {
      "address": "aws_s3_bucket.contracts",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "contracts",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-contracts",
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
    },
    {
      "address": "aws_s3_bucket_logging.contracts",
      "mode": "managed",
      "type": "aws_s3_bucket_logging",
      "name": "contracts",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": null,
          "target_bucket": null,
          "target_prefix": "contracts/"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "bucket": true,
          "target_bucket": true
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
          "address": "aws_s3_bucket.access_logs",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "access_logs",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "constant_value": "kestrel-access-logs"
            },
            "force_destroy": {
              "constant_value": false
            },
            "tags": {
              "constant_value": {
                "DataClassification": "internal"
              }
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_s3_bucket.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "contracts",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "constant_value": "kestrel-contracts"
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
        },
        {
          "address": "aws_s3_bucket_logging.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket_logging",
          "name": "contracts",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "references": ["aws_s3_bucket.contracts.id", "aws_s3_bucket.contracts"]
            },
            "target_bucket": {
              "references": ["aws_s3_bucket.access_logs.id", "aws_s3_bucket.access_logs"]
            },
            "target_prefix": {
              "constant_value": "contracts/"
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
          "address": "aws_s3_bucket.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "contracts",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "bucket": "kestrel-contracts",
            "force_destroy": false,
            "tags": {
              "DataClassification": "confidential"
            }
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_s3_bucket.contracts",
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "contracts",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "bucket": "kestrel-contracts",
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
          "address": "aws_s3_bucket.contracts",
          "mode": "managed",
          "type": "aws_s3_bucket",
          "name": "contracts",
          "provider_config_key": "aws",
          "expressions": {
            "bucket": {
              "constant_value": "kestrel-contracts"
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
