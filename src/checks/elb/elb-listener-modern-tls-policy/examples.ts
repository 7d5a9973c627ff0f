import { defineExamples } from '../../example.js';

export default defineExamples([
  {
    format: 'cloudformation',
    expect: 'pass',
    source: `
{
  "Resources": {
    "PublicNlb": {
      "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "Properties": {
        "Type": "network",
        "Scheme": "internet-facing",
        "Subnets": ["subnet-0a1b2c3d"]
      }
    },
    "TlsListener": {
      "Type": "AWS::ElasticLoadBalancingV2::Listener",
      "Properties": {
        "LoadBalancerArn": { "Ref": "PublicNlb" },
        "Port": 443,
        "Protocol": "TLS",
        "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
        "Certificates": [
          {
            "CertificateArn": "arn:aws:acm:eu-west-1:111122223333:certificate/0e8c1f52-1111-2222-3333-444455556666"
          }
        ],
        "DefaultActions": [
          {
            "Type": "forward",
            "TargetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tls/0123456789abcdef"
          }
        ]
      }
    }
  }
}
`,
  },
  {
    format: 'cloudformation',
    expect: 'fail',
    source: `
Resources:
  PublicAlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Scheme: internet-facing
      Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
  HttpsListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref PublicAlb
      Port: 443
      Protocol: HTTPS
      SslPolicy: ELBSecurityPolicy-2016-08
      Certificates:
        - CertificateArn: arn:aws:acm:eu-west-1:111122223333:certificate/0e8c1f52-1111-2222-3333-444455556666
      DefaultActions:
        - Type: fixed-response
          FixedResponseConfig:
            StatusCode: "404"
`,
  },
  {
    format: 'terraform-hcl',
    expect: 'pass',
    source: `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_lb" "public" {
  name = "public"
  load_balancer_type = "application"
  internal = false
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.public.arn
  port = 443
  protocol = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d"
  default_action {
    type = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
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

resource "aws_lb" "public" {
  name = "public"
  load_balancer_type = "application"
  internal = false
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.public.arn
  port = 443
  protocol = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-2016-08"
  certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d"
  default_action {
    type = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
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
          "address": "aws_lb.public",
          "mode": "managed",
          "type": "aws_lb",
          "name": "public",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "public",
            "load_balancer_type": "application",
            "internal": false,
            "subnets": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_lb_listener.https",
          "mode": "managed",
          "type": "aws_lb_listener",
          "name": "https",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "port": 443,
            "protocol": "HTTPS",
            "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
            "certificate_arn": "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d",
            "default_action": [
              {
                "type": "forward",
                "target_group_arn": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
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
      "address": "aws_lb.public",
      "mode": "managed",
      "type": "aws_lb",
      "name": "public",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "public",
          "load_balancer_type": "application",
          "internal": false,
          "subnets": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "subnets": [false, false]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_lb_listener.https",
      "mode": "managed",
      "type": "aws_lb_listener",
      "name": "https",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "load_balancer_arn": null,
          "port": 443,
          "protocol": "HTTPS",
          "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
          "certificate_arn": "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d",
          "default_action": [
            {
              "type": "forward",
              "target_group_arn": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "load_balancer_arn": true,
          "default_action": [{}]
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
          "address": "aws_lb.public",
          "mode": "managed",
          "type": "aws_lb",
          "name": "public",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "public"
            },
            "load_balancer_type": {
              "constant_value": "application"
            },
            "internal": {
              "constant_value": false
            },
            "subnets": {
              "constant_value": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_lb_listener.https",
          "mode": "managed",
          "type": "aws_lb_listener",
          "name": "https",
          "provider_config_key": "aws",
          "expressions": {
            "load_balancer_arn": {
              "references": ["aws_lb.public.arn", "aws_lb.public"]
            },
            "port": {
              "constant_value": 443
            },
            "protocol": {
              "constant_value": "HTTPS"
            },
            "ssl_policy": {
              "constant_value": "ELBSecurityPolicy-TLS13-1-2-2021-06"
            },
            "certificate_arn": {
              "constant_value": "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d"
            },
            "default_action": [
              {
                "type": {
                  "constant_value": "forward"
                },
                "target_group_arn": {
                  "constant_value": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
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
          "address": "aws_lb.public",
          "mode": "managed",
          "type": "aws_lb",
          "name": "public",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "name": "public",
            "load_balancer_type": "application",
            "internal": false,
            "subnets": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
          },
          "sensitive_values": {}
        },
        {
          "address": "aws_lb_listener.https",
          "mode": "managed",
          "type": "aws_lb_listener",
          "name": "https",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "schema_version": 0,
          "values": {
            "port": 443,
            "protocol": "HTTPS",
            "ssl_policy": "ELBSecurityPolicy-2016-08",
            "certificate_arn": "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d",
            "default_action": [
              {
                "type": "forward",
                "target_group_arn": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
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
      "address": "aws_lb.public",
      "mode": "managed",
      "type": "aws_lb",
      "name": "public",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "name": "public",
          "load_balancer_type": "application",
          "internal": false,
          "subnets": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "subnets": [false, false]
        },
        "before_sensitive": false,
        "after_sensitive": {}
      }
    },
    {
      "address": "aws_lb_listener.https",
      "mode": "managed",
      "type": "aws_lb_listener",
      "name": "https",
      "provider_name": "registry.terraform.io/hashicorp/aws",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "id": null,
          "arn": null,
          "tags_all": null,
          "load_balancer_arn": null,
          "port": 443,
          "protocol": "HTTPS",
          "ssl_policy": "ELBSecurityPolicy-2016-08",
          "certificate_arn": "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d",
          "default_action": [
            {
              "type": "forward",
              "target_group_arn": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
            }
          ]
        },
        "after_unknown": {
          "id": true,
          "arn": true,
          "tags_all": true,
          "load_balancer_arn": true,
          "default_action": [{}]
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
          "address": "aws_lb.public",
          "mode": "managed",
          "type": "aws_lb",
          "name": "public",
          "provider_config_key": "aws",
          "expressions": {
            "name": {
              "constant_value": "public"
            },
            "load_balancer_type": {
              "constant_value": "application"
            },
            "internal": {
              "constant_value": false
            },
            "subnets": {
              "constant_value": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
            }
          },
          "schema_version": 0
        },
        {
          "address": "aws_lb_listener.https",
          "mode": "managed",
          "type": "aws_lb_listener",
          "name": "https",
          "provider_config_key": "aws",
          "expressions": {
            "load_balancer_arn": {
              "references": ["aws_lb.public.arn", "aws_lb.public"]
            },
            "port": {
              "constant_value": 443
            },
            "protocol": {
              "constant_value": "HTTPS"
            },
            "ssl_policy": {
              "constant_value": "ELBSecurityPolicy-2016-08"
            },
            "certificate_arn": {
              "constant_value": "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d"
            },
            "default_action": [
              {
                "type": {
                  "constant_value": "forward"
                },
                "target_group_arn": {
                  "constant_value": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
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
