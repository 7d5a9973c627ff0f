import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  DbKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Reporting:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      ManageMasterUserPassword: true
      MasterUsername: app
      StorageEncrypted: true
      KmsKeyId: !Ref DbKey
  Orders:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "20"
      ManageMasterUserPassword: true
      MasterUsername: app
      StorageEncrypted: "true"
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Reporting:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      ManageMasterUserPassword: true
      MasterUsername: app
  ReportingWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-mysql
      DBClusterIdentifier: !Ref Reporting
      DBInstanceClass: db.r6g.large
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier = "ledger"
  engine = "aurora-postgresql"
  storage_encrypted = true
  backup_retention_period = 14
  master_username = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster_instance" "ledger" {
  count = 1
  identifier = "ledger-0"
  cluster_identifier = aws_rds_cluster.ledger.id
  instance_class = "db.r6g.large"
  engine = "aurora-postgresql"
  auto_minor_version_upgrade = true
  publicly_accessible = false
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
  storage_encrypted = false
  backup_retention_period = 14
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
          "address": "aws_rds_cluster.ledger",
          "mode": "managed",
          "type": "aws_rds_cluster",
          "name": "ledger",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "cluster_identifier": "ledger",
            "engine": "aurora-postgresql",
            "storage_encrypted": true,
            "backup_retention_period": 14,
            "master_username": "app",
            "manage_master_user_password": true
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_rds_cluster_instance.ledger[0]",
          "mode": "managed",
          "type": "aws_rds_cluster_instance",
          "name": "ledger",
          "index": 0,
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "identifier": "ledger-0",
            "instance_class": "db.r6g.large",
            "engine": "aurora-postgresql",
            "auto_minor_version_upgrade": true,
            "publicly_accessible": false
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_rds_cluster.ledger",
      "mode": "managed",
      "type": "aws_rds_cluster",
      "name": "ledger",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "cluster_identifier": "ledger",
          "engine": "aurora-postgresql",
          "storage_encrypted": true,
          "backup_retention_period": 14,
          "master_username": "app",
          "manage_master_user_password": true
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
      "address": "aws_rds_cluster_instance.ledger[0]",
      "mode": "managed",
      "type": "aws_rds_cluster_instance",
      "name": "ledger",
      "index": 0,
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "identifier": "ledger-0",
          "cluster_identifier": null,
          "instance_class": "db.r6g.large",
          "engine": "aurora-postgresql",
          "auto_minor_version_upgrade": true,
          "publicly_accessible": false
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "cluster_identifier": true
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
          "address": "aws_rds_cluster.ledger",
          "mode": "managed",
          "type": "aws_rds_cluster",
          "name": "ledger",
          "provider_config_key": "aws",
          "expressions": {
            "cluster_identifier": {
              "constant_value": "ledger"
            },
            "engine": {
              "constant_value": "aurora-postgresql"
            },
            "storage_encrypted": {
              "constant_value": true
            },
            "backup_retention_period": {
              "constant_value": 14
            },
            "master_username": {
              "constant_value": "app"
            },
            "manage_master_user_password": {
              "constant_value": true
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_rds_cluster_instance.ledger",
          "mode": "managed",
          "type": "aws_rds_cluster_instance",
          "name": "ledger",
          "provider_config_key": "aws",
          "expressions": {
            "identifier": {
              "constant_value": "ledger-0"
            },
            "cluster_identifier": {
              "references": ["aws_rds_cluster.ledger.id", "aws_rds_cluster.ledger"]
            },
            "instance_class": {
              "constant_value": "db.r6g.large"
            },
            "engine": {
              "constant_value": "aurora-postgresql"
            },
            "auto_minor_version_upgrade": {
              "constant_value": true
            },
            "publicly_accessible": {
              "constant_value": false
            }
          },
          "schema_version": 0,
          "count_expression": {
            "constant_value": 1
          }
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
            "storage_encrypted": false,
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
          "storage_encrypted": false,
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
              "constant_value": false
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
]);
