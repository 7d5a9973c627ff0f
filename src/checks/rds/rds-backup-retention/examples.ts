import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Orders:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "20"
      StorageEncrypted: true
      ManageMasterUserPassword: true
      MasterUsername: app
      BackupRetentionPeriod: 14
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Parameters:
  RetentionDays:
    Type: Number
    Default: 1
Resources:
  Orders:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "20"
      StorageEncrypted: true
      ManageMasterUserPassword: true
      MasterUsername: app
      BackupRetentionPeriod: !Ref RetentionDays
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_db_instance" "orders" {
  identifier = "orders"
  engine = "postgres"
  engine_version = "16.4"
  instance_class = "db.t4g.small"
  allocated_storage = 20
  storage_encrypted = true
  backup_retention_period = 14
  publicly_accessible = false
  auto_minor_version_upgrade = true
  manage_master_user_password = true
  username = "app"
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

resource "aws_db_instance" "orders" {
  identifier = "orders"
  engine = "postgres"
  engine_version = "16.4"
  instance_class = "db.t4g.small"
  allocated_storage = 20
  storage_encrypted = true
  backup_retention_period = 1
  publicly_accessible = false
  auto_minor_version_upgrade = true
  manage_master_user_password = true
  username = "app"
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
          "address": "aws_db_instance.orders",
          "mode": "managed",
          "type": "aws_db_instance",
          "name": "orders",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "identifier": "orders",
            "engine": "postgres",
            "engine_version": "16.4",
            "instance_class": "db.t4g.small",
            "allocated_storage": 20,
            "storage_encrypted": true,
            "backup_retention_period": 14,
            "publicly_accessible": false,
            "auto_minor_version_upgrade": true,
            "manage_master_user_password": true,
            "username": "app"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_db_instance.orders",
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "orders",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "identifier": "orders",
          "engine": "postgres",
          "engine_version": "16.4",
          "instance_class": "db.t4g.small",
          "allocated_storage": 20,
          "storage_encrypted": true,
          "backup_retention_period": 14,
          "publicly_accessible": false,
          "auto_minor_version_upgrade": true,
          "manage_master_user_password": true,
          "username": "app"
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
          "address": "aws_db_instance.orders",
          "mode": "managed",
          "type": "aws_db_instance",
          "name": "orders",
          "provider_config_key": "aws",
          "expressions": {
            "identifier": {
              "constant_value": "orders"
            },
            "engine": {
              "constant_value": "postgres"
            },
            "engine_version": {
              "constant_value": "16.4"
            },
            "instance_class": {
              "constant_value": "db.t4g.small"
            },
            "allocated_storage": {
              "constant_value": 20
            },
            "storage_encrypted": {
              "constant_value": true
            },
            "backup_retention_period": {
              "constant_value": 14
            },
            "publicly_accessible": {
              "constant_value": false
            },
            "auto_minor_version_upgrade": {
              "constant_value": true
            },
            "manage_master_user_password": {
              "constant_value": true
            },
            "username": {
              "constant_value": "app"
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
          "address": "aws_db_instance.orders",
          "mode": "managed",
          "type": "aws_db_instance",
          "name": "orders",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "identifier": "orders",
            "engine": "postgres",
            "engine_version": "16.4",
            "instance_class": "db.t4g.small",
            "allocated_storage": 20,
            "storage_encrypted": true,
            "backup_retention_period": 1,
            "publicly_accessible": false,
            "auto_minor_version_upgrade": true,
            "manage_master_user_password": true,
            "username": "app"
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_db_instance.orders",
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "orders",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "identifier": "orders",
          "engine": "postgres",
          "engine_version": "16.4",
          "instance_class": "db.t4g.small",
          "allocated_storage": 20,
          "storage_encrypted": true,
          "backup_retention_period": 1,
          "publicly_accessible": false,
          "auto_minor_version_upgrade": true,
          "manage_master_user_password": true,
          "username": "app"
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
          "address": "aws_db_instance.orders",
          "mode": "managed",
          "type": "aws_db_instance",
          "name": "orders",
          "provider_config_key": "aws",
          "expressions": {
            "identifier": {
              "constant_value": "orders"
            },
            "engine": {
              "constant_value": "postgres"
            },
            "engine_version": {
              "constant_value": "16.4"
            },
            "instance_class": {
              "constant_value": "db.t4g.small"
            },
            "allocated_storage": {
              "constant_value": 20
            },
            "storage_encrypted": {
              "constant_value": true
            },
            "backup_retention_period": {
              "constant_value": 1
            },
            "publicly_accessible": {
              "constant_value": false
            },
            "auto_minor_version_upgrade": {
              "constant_value": true
            },
            "manage_master_user_password": {
              "constant_value": true
            },
            "username": {
              "constant_value": "app"
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
