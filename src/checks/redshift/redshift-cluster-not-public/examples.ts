import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.large
      DBName: analytics
      MasterUsername: admin
      ManageMasterPassword: true
      PubliclyAccessible: false
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.large
      DBName: analytics
      MasterUsername: admin
      ManageMasterPassword: true
      PubliclyAccessible: true
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_redshift_parameter_group" "tls" {
  name = "warehouse-tls"
  family = "redshift-2.0"
  parameter {
    name = "require_ssl"
    value = "true"
  }
  parameter {
    name = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type = "ra3.large"
  cluster_type = "single-node"
  database_name = "analytics"
  master_username = "admin"
  manage_master_password = true
  encrypted = true
  publicly_accessible = false
  automated_snapshot_retention_period = 7
  allow_version_upgrade = true
  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name
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

resource "aws_redshift_parameter_group" "tls" {
  name = "warehouse-tls"
  family = "redshift-2.0"
  parameter {
    name = "require_ssl"
    value = "true"
  }
  parameter {
    name = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type = "ra3.large"
  cluster_type = "single-node"
  database_name = "analytics"
  master_username = "admin"
  manage_master_password = true
  encrypted = true
  publicly_accessible = true
  automated_snapshot_retention_period = 7
  allow_version_upgrade = true
  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name
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
          "address": "aws_redshift_parameter_group.tls",
          "mode": "managed",
          "type": "aws_redshift_parameter_group",
          "name": "tls",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "warehouse-tls",
            "family": "redshift-2.0",
            "parameter": [
              {
                "name": "require_ssl",
                "value": "true"
              },
              {
                "name": "enable_user_activity_logging",
                "value": "true"
              }
            ]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_redshift_cluster.warehouse",
          "mode": "managed",
          "type": "aws_redshift_cluster",
          "name": "warehouse",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "cluster_identifier": "warehouse",
            "node_type": "ra3.large",
            "cluster_type": "single-node",
            "database_name": "analytics",
            "master_username": "admin",
            "manage_master_password": true,
            "encrypted": true,
            "publicly_accessible": false,
            "automated_snapshot_retention_period": 7,
            "allow_version_upgrade": true
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_redshift_parameter_group.tls",
      "mode": "managed",
      "type": "aws_redshift_parameter_group",
      "name": "tls",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "warehouse-tls",
          "family": "redshift-2.0",
          "parameter": [
            {
              "name": "require_ssl",
              "value": "true"
            },
            {
              "name": "enable_user_activity_logging",
              "value": "true"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "parameter": [{}, {}]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_redshift_cluster.warehouse",
      "mode": "managed",
      "type": "aws_redshift_cluster",
      "name": "warehouse",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "cluster_identifier": "warehouse",
          "node_type": "ra3.large",
          "cluster_type": "single-node",
          "database_name": "analytics",
          "master_username": "admin",
          "manage_master_password": true,
          "encrypted": true,
          "publicly_accessible": false,
          "automated_snapshot_retention_period": 7,
          "allow_version_upgrade": true,
          "cluster_parameter_group_name": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "cluster_parameter_group_name": true
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
          "address": "aws_redshift_parameter_group.tls",
          "mode": "managed",
          "type": "aws_redshift_parameter_group",
          "name": "tls",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "warehouse-tls"
            },
            "family": {
              "constant_value": "redshift-2.0"
            },
            "parameter": [
              {
                "name": {
                  "constant_value": "require_ssl"
                },
                "value": {
                  "constant_value": "true"
                }
              },
              {
                "name": {
                  "constant_value": "enable_user_activity_logging"
                },
                "value": {
                  "constant_value": "true"
                }
              }
            ]
          },
          "schema_version": 0
        },
        {
          "address": "aws_redshift_cluster.warehouse",
          "mode": "managed",
          "type": "aws_redshift_cluster",
          "name": "warehouse",
          "provider_config_key": "aws",
          "expressions": {
            "cluster_identifier": {
              "constant_value": "warehouse"
            },
            "node_type": {
              "constant_value": "ra3.large"
            },
            "cluster_type": {
              "constant_value": "single-node"
            },
            "database_name": {
              "constant_value": "analytics"
            },
            "master_username": {
              "constant_value": "admin"
            },
            "manage_master_password": {
              "constant_value": true
            },
            "encrypted": {
              "constant_value": true
            },
            "publicly_accessible": {
              "constant_value": false
            },
            "automated_snapshot_retention_period": {
              "constant_value": 7
            },
            "allow_version_upgrade": {
              "constant_value": true
            },
            "cluster_parameter_group_name": {
              "references": ["aws_redshift_parameter_group.tls.name", "aws_redshift_parameter_group.tls"]
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
          "address": "aws_redshift_parameter_group.tls",
          "mode": "managed",
          "type": "aws_redshift_parameter_group",
          "name": "tls",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "warehouse-tls",
            "family": "redshift-2.0",
            "parameter": [
              {
                "name": "require_ssl",
                "value": "true"
              },
              {
                "name": "enable_user_activity_logging",
                "value": "true"
              }
            ]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_redshift_cluster.warehouse",
          "mode": "managed",
          "type": "aws_redshift_cluster",
          "name": "warehouse",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "cluster_identifier": "warehouse",
            "node_type": "ra3.large",
            "cluster_type": "single-node",
            "database_name": "analytics",
            "master_username": "admin",
            "manage_master_password": true,
            "encrypted": true,
            "publicly_accessible": true,
            "automated_snapshot_retention_period": 7,
            "allow_version_upgrade": true
          },
          "sensitive_values": {}
        }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_redshift_parameter_group.tls",
      "mode": "managed",
      "type": "aws_redshift_parameter_group",
      "name": "tls",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "warehouse-tls",
          "family": "redshift-2.0",
          "parameter": [
            {
              "name": "require_ssl",
              "value": "true"
            },
            {
              "name": "enable_user_activity_logging",
              "value": "true"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "parameter": [{}, {}]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_redshift_cluster.warehouse",
      "mode": "managed",
      "type": "aws_redshift_cluster",
      "name": "warehouse",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "cluster_identifier": "warehouse",
          "node_type": "ra3.large",
          "cluster_type": "single-node",
          "database_name": "analytics",
          "master_username": "admin",
          "manage_master_password": true,
          "encrypted": true,
          "publicly_accessible": true,
          "automated_snapshot_retention_period": 7,
          "allow_version_upgrade": true,
          "cluster_parameter_group_name": null
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "cluster_parameter_group_name": true
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
          "address": "aws_redshift_parameter_group.tls",
          "mode": "managed",
          "type": "aws_redshift_parameter_group",
          "name": "tls",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "warehouse-tls"
            },
            "family": {
              "constant_value": "redshift-2.0"
            },
            "parameter": [
              {
                "name": {
                  "constant_value": "require_ssl"
                },
                "value": {
                  "constant_value": "true"
                }
              },
              {
                "name": {
                  "constant_value": "enable_user_activity_logging"
                },
                "value": {
                  "constant_value": "true"
                }
              }
            ]
          },
          "schema_version": 0
        },
        {
          "address": "aws_redshift_cluster.warehouse",
          "mode": "managed",
          "type": "aws_redshift_cluster",
          "name": "warehouse",
          "provider_config_key": "aws",
          "expressions": {
            "cluster_identifier": {
              "constant_value": "warehouse"
            },
            "node_type": {
              "constant_value": "ra3.large"
            },
            "cluster_type": {
              "constant_value": "single-node"
            },
            "database_name": {
              "constant_value": "analytics"
            },
            "master_username": {
              "constant_value": "admin"
            },
            "manage_master_password": {
              "constant_value": true
            },
            "encrypted": {
              "constant_value": true
            },
            "publicly_accessible": {
              "constant_value": true
            },
            "automated_snapshot_retention_period": {
              "constant_value": 7
            },
            "allow_version_upgrade": {
              "constant_value": true
            },
            "cluster_parameter_group_name": {
              "references": ["aws_redshift_parameter_group.tls.name", "aws_redshift_parameter_group.tls"]
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
