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
  Permission:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Handler
      Action: lambda:InvokeFunction
      Principal: s3.amazonaws.com
      SourceAccount: !Ref AWS::AccountId
      SourceArn: arn:aws:s3:::kestrel-uploads
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
  Permission:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Handler
      Action: lambda:InvokeFunction
      Principal: "*"
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
}

resource "aws_lambda_permission" "invoke" {
  statement_id   = "invoke"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.handler.function_name
  principal      = "s3.amazonaws.com"
  source_account = "111122223333"
  source_arn     = "arn:aws:s3:::kestrel-uploads"
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
}

resource "aws_lambda_permission" "invoke" {
  statement_id  = "invoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.handler.function_name
  principal     = "*"
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
            "package_type": "Zip"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_lambda_permission.invoke",
          "mode": "managed",
          "type": "aws_lambda_permission",
          "name": "invoke",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "statement_id": "invoke",
            "action": "lambda:InvokeFunction",
            "principal": "s3.amazonaws.com",
            "source_account": "111122223333",
            "source_arn": "arn:aws:s3:::kestrel-uploads"
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
          "package_type": "Zip"
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
      "address": "aws_lambda_permission.invoke",
      "mode": "managed",
      "type": "aws_lambda_permission",
      "name": "invoke",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "statement_id": "invoke",
          "action": "lambda:InvokeFunction",
          "function_name": null,
          "principal": "s3.amazonaws.com",
          "source_account": "111122223333",
          "source_arn": "arn:aws:s3:::kestrel-uploads"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "function_name": true
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
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_lambda_permission.invoke",
          "mode": "managed",
          "type": "aws_lambda_permission",
          "name": "invoke",
          "provider_config_key": "aws",
          "expressions": {
            "statement_id": {
              "constant_value": "invoke"
            },
            "action": {
              "constant_value": "lambda:InvokeFunction"
            },
            "function_name": {
              "references": ["aws_lambda_function.handler.function_name", "aws_lambda_function.handler"]
            },
            "principal": {
              "constant_value": "s3.amazonaws.com"
            },
            "source_account": {
              "constant_value": "111122223333"
            },
            "source_arn": {
              "constant_value": "arn:aws:s3:::kestrel-uploads"
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
            "package_type": "Zip"
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_lambda_permission.invoke",
          "mode": "managed",
          "type": "aws_lambda_permission",
          "name": "invoke",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "statement_id": "invoke",
            "action": "lambda:InvokeFunction",
            "principal": "*"
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
          "package_type": "Zip"
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
      "address": "aws_lambda_permission.invoke",
      "mode": "managed",
      "type": "aws_lambda_permission",
      "name": "invoke",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "statement_id": "invoke",
          "action": "lambda:InvokeFunction",
          "function_name": null,
          "principal": "*"
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "function_name": true
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
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_lambda_permission.invoke",
          "mode": "managed",
          "type": "aws_lambda_permission",
          "name": "invoke",
          "provider_config_key": "aws",
          "expressions": {
            "statement_id": {
              "constant_value": "invoke"
            },
            "action": {
              "constant_value": "lambda:InvokeFunction"
            },
            "function_name": {
              "references": ["aws_lambda_function.handler.function_name", "aws_lambda_function.handler"]
            },
            "principal": {
              "constant_value": "*"
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
