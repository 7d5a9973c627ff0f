import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Handler:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: handler
      Runtime: python3.13
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/handler
      Code:
        ZipFile: "def handler(event, context): return 1"
      KmsKeyArn: !GetAtt FunctionKey.Arn
      Environment:
        Variables:
          TABLE: orders
      Tags:
        - Key: DataClassification
          Value: confidential
  FunctionKey:
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
  Handler:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: handler
      Runtime: python3.13
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/handler
      Code:
        ZipFile: "def handler(event, context): return 1"
      Environment:
        Variables:
          TABLE: orders
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

resource "aws_kms_key" "handler" {
  description         = "handler key"
  enable_key_rotation = true
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::111122223333:role/handler"
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "handler.zip"
  package_type  = "Zip"
  kms_key_arn   = aws_kms_key.handler.arn
  environment {
    variables = {
      TABLE = "orders"
    }
  }
  tags = {
    DataClassification = "confidential"
  }
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

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::111122223333:role/handler"
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "handler.zip"
  package_type  = "Zip"
  environment {
    variables = {
      TABLE = "orders"
    }
  }
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
          "address": "aws_kms_key.handler",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "handler",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "description": "handler key",
            "enable_key_rotation": true,
            "is_enabled": true,
            "key_usage": "ENCRYPT_DECRYPT",
            "customer_master_key_spec": "SYMMETRIC_DEFAULT"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_lambda_function.handler",
          "mode": "managed",
          "type": "aws_lambda_function",
          "name": "handler",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "function_name": "handler",
            "role": "arn:aws:iam::111122223333:role/handler",
            "handler": "index.handler",
            "runtime": "python3.13",
            "filename": "handler.zip",
            "package_type": "Zip",
            "tags": {
              "DataClassification": "confidential"
            },
            "environment": [
              {
                "variables": {
                  "TABLE": "orders"
                }
              }
            ]
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_kms_key.handler",
      "mode": "managed",
      "type": "aws_kms_key",
      "name": "handler",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "description": "handler key",
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
      "address": "aws_lambda_function.handler",
      "mode": "managed",
      "type": "aws_lambda_function",
      "name": "handler",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "function_name": "handler",
          "role": "arn:aws:iam::111122223333:role/handler",
          "handler": "index.handler",
          "runtime": "python3.13",
          "filename": "handler.zip",
          "package_type": "Zip",
          "tags": {
            "DataClassification": "confidential"
          },
          "kms_key_arn": null,
          "environment": [
            {
              "variables": {
                "TABLE": "orders"
              }
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "kms_key_arn": true,
          "environment": [{}]
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
          "address": "aws_kms_key.handler",
          "mode": "managed",
          "type": "aws_kms_key",
          "name": "handler",
          "provider_config_key": "aws",
          "expressions": {
            "description": {
              "constant_value": "handler key"
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
          "address": "aws_lambda_function.handler",
          "mode": "managed",
          "type": "aws_lambda_function",
          "name": "handler",
          "provider_config_key": "aws",
          "expressions": {
            "function_name": {
              "constant_value": "handler"
            },
            "role": {
              "constant_value": "arn:aws:iam::111122223333:role/handler"
            },
            "handler": {
              "constant_value": "index.handler"
            },
            "runtime": {
              "constant_value": "python3.13"
            },
            "filename": {
              "constant_value": "handler.zip"
            },
            "package_type": {
              "constant_value": "Zip"
            },
            "tags": {
              "constant_value": {
                "DataClassification": "confidential"
              }
            },
            "kms_key_arn": {
              "references": ["aws_kms_key.handler.arn", "aws_kms_key.handler"]
            },
            "environment": [
              {
                "variables": {
                  "constant_value": {
                    "TABLE": "orders"
                  }
                }
              }
            ]
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
          "address": "aws_lambda_function.handler",
          "mode": "managed",
          "type": "aws_lambda_function",
          "name": "handler",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "function_name": "handler",
            "role": "arn:aws:iam::111122223333:role/handler",
            "handler": "index.handler",
            "runtime": "python3.13",
            "filename": "handler.zip",
            "package_type": "Zip",
            "tags": {
              "DataClassification": "confidential"
            },
            "environment": [
              {
                "variables": {
                  "TABLE": "orders"
                }
              }
            ]
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_lambda_function.handler",
      "mode": "managed",
      "type": "aws_lambda_function",
      "name": "handler",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "function_name": "handler",
          "role": "arn:aws:iam::111122223333:role/handler",
          "handler": "index.handler",
          "runtime": "python3.13",
          "filename": "handler.zip",
          "package_type": "Zip",
          "tags": {
            "DataClassification": "confidential"
          },
          "environment": [
            {
              "variables": {
                "TABLE": "orders"
              }
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "environment": [{}]
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
          "address": "aws_lambda_function.handler",
          "mode": "managed",
          "type": "aws_lambda_function",
          "name": "handler",
          "provider_config_key": "aws",
          "expressions": {
            "function_name": {
              "constant_value": "handler"
            },
            "role": {
              "constant_value": "arn:aws:iam::111122223333:role/handler"
            },
            "handler": {
              "constant_value": "index.handler"
            },
            "runtime": {
              "constant_value": "python3.13"
            },
            "filename": {
              "constant_value": "handler.zip"
            },
            "package_type": {
              "constant_value": "Zip"
            },
            "tags": {
              "constant_value": {
                "DataClassification": "confidential"
              }
            },
            "environment": [
              {
                "variables": {
                  "constant_value": {
                    "TABLE": "orders"
                  }
                }
              }
            ]
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
