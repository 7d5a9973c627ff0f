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
      CodeSigningConfigArn: arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0
      Tags:
        - Key: DataClassification
          Value: restricted
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
      Tags:
        - Key: DataClassification
          Value: restricted
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
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
  code_signing_config_arn = "arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0"
  tags = {
    DataClassification = "restricted"
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
  tags = {
    DataClassification = "restricted"
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
              "DataClassification": "restricted"
            },
            "code_signing_config_arn": "arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0"
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
            "DataClassification": "restricted"
          },
          "code_signing_config_arn": "arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0"
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
                "DataClassification": "restricted"
              }
            },
            "code_signing_config_arn": {
              "constant_value": "arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0"
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
              "DataClassification": "restricted"
            }
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
            "DataClassification": "restricted"
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
                "DataClassification": "restricted"
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
