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
      RuntimeManagementConfig:
        UpdateRuntimeOn: FunctionUpdate
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
      RuntimeManagementConfig:
        UpdateRuntimeOn: Manual
        RuntimeVersionArn: arn:aws:lambda:eu-west-1::runtime:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
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
`,
  },
  {
    format: 'terraform-plan',
    expect: 'pass',
    note: 'Terraform cannot set the runtime update mode: a function it creates keeps the default, Auto',
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
