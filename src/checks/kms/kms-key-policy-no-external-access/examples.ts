import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  OwnKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: Owner
            Effect: Allow
            Principal:
              AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root
            Action: kms:*
            Resource: "*"
  DefaultPolicyKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  SharedKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: Owner
            Effect: Allow
            Principal:
              AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root
            Action: kms:*
            Resource: "*"
          - Sid: AnyoneMayDecrypt
            Effect: Allow
            Principal:
              AWS: "*"
            Action: [kms:Decrypt, kms:DescribeKey]
            Resource: "*"
`,
  },
  {
    format: 'cloudformation',
    expect: 'not_assessed',
    note: 'a grant to a named account is not assessed until AWS::AccountId says whose key it is (reader.test.ts supplies it)',
    source: `
Resources:
  SharedKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: Owner
            Effect: Allow
            Principal:
              AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root
            Action: kms:*
            Resource: "*"
          - Sid: Partner
            Effect: Allow
            Principal:
              AWS: arn:aws:iam::444455556666:root
            Action: [kms:Decrypt, kms:DescribeKey]
            Resource: "*"
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    note: "HCL cannot read data.aws_caller_identity (a data source is unknown before apply), so the key's own account comes from the provider's allowed_account_ids; without it a grant to a named account is not assessed",
    source: `
provider "aws" {
  region              = "eu-west-1"
  allowed_account_ids = ["111122223333"]
}

resource "aws_kms_key" "data" {
  description         = "data key"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "data" {
  key_id = aws_kms_key.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Owner"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'fail',
    note: "HCL cannot read data.aws_caller_identity (a data source is unknown before apply), so the key's own account comes from the provider's allowed_account_ids; without it a grant to a named account is not assessed",
    source: `
provider "aws" {
  region              = "eu-west-1"
  allowed_account_ids = ["111122223333"]
}

resource "aws_kms_key" "data" {
  description         = "data key"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "data" {
  key_id = aws_kms_key.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Owner"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Partner"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::444455556666:root" }
        Action    = "kms:Decrypt"
        Resource  = "*"
      },
    ]
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
          "address": "aws_kms_key.data",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "data key",
            "enable_key_rotation": true,
            "is_enabled": true,
            "key_usage": "ENCRYPT_DECRYPT",
            "customer_master_key_spec": "SYMMETRIC_DEFAULT"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_kms_key_policy.data",
          "mode": "managed",
          "type": "aws_kms_key_policy",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Owner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"kms:*\\",\\"Resource\\":\\"*\\"}]}"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_kms_key.data",
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "description": "data key",
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
      "address": "aws_kms_key_policy.data",
      "mode": "managed",
      "type": "aws_kms_key_policy",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "key_id": null,
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Owner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"kms:*\\",\\"Resource\\":\\"*\\"}]}"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "key_id": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    }
  ],
  "prior_state": {
    "format_version": "1.0",
    "terraform_version": "1.9.8",
    "values": {
      "root_module": {
        "resources": [
          {
            "address": "data.aws_caller_identity.current",
            "mode": "data",
            "type": "aws_caller_identity",
            "name": "current",
            "provider_name": "registry.terraform.io/hashicorp/aws",
            "schema_version": 0,
            "values": {
              "account_id": "111122223333",
              "id": "111122223333"
            }
          }
        ]
      }
    }
  },
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
          "address": "aws_kms_key.data",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "description": {
              "constant_value": "data key"
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
          "address": "aws_kms_key_policy.data",
          "mode": "managed",
          "type": "aws_kms_key_policy",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "key_id": {
              "references": ["aws_kms_key.data.id", "aws_kms_key.data"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Owner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"kms:*\\",\\"Resource\\":\\"*\\"}]}"
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
          "address": "aws_kms_key.data",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "data key",
            "enable_key_rotation": true,
            "is_enabled": true,
            "key_usage": "ENCRYPT_DECRYPT",
            "customer_master_key_spec": "SYMMETRIC_DEFAULT"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_kms_key_policy.data",
          "mode": "managed",
          "type": "aws_kms_key_policy",
          "name": "data",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Owner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"kms:*\\",\\"Resource\\":\\"*\\"},{\\"Sid\\":\\"Partner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::444455556666:root\\"},\\"Action\\":\\"kms:Decrypt\\",\\"Resource\\":\\"*\\"}]}"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_kms_key.data",
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "description": "data key",
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
      "address": "aws_kms_key_policy.data",
      "mode": "managed",
      "type": "aws_kms_key_policy",
      "name": "data",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "key_id": null,
          "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Owner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"kms:*\\",\\"Resource\\":\\"*\\"},{\\"Sid\\":\\"Partner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::444455556666:root\\"},\\"Action\\":\\"kms:Decrypt\\",\\"Resource\\":\\"*\\"}]}"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "key_id": true
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    }
  ],
  "prior_state": {
    "format_version": "1.0",
    "terraform_version": "1.9.8",
    "values": {
      "root_module": {
        "resources": [
          {
            "address": "data.aws_caller_identity.current",
            "mode": "data",
            "type": "aws_caller_identity",
            "name": "current",
            "provider_name": "registry.terraform.io/hashicorp/aws",
            "schema_version": 0,
            "values": {
              "account_id": "111122223333",
              "id": "111122223333"
            }
          }
        ]
      }
    }
  },
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
          "address": "aws_kms_key.data",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "description": {
              "constant_value": "data key"
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
          "address": "aws_kms_key_policy.data",
          "mode": "managed",
          "type": "aws_kms_key_policy",
          "name": "data",
          "provider_config_key": "aws",
          "expressions": {
            "key_id": {
              "references": ["aws_kms_key.data.id", "aws_kms_key.data"]
            },
            "policy": {
              "constant_value": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Owner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"kms:*\\",\\"Resource\\":\\"*\\"},{\\"Sid\\":\\"Partner\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::444455556666:root\\"},\\"Action\\":\\"kms:Decrypt\\",\\"Resource\\":\\"*\\"}]}"
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
