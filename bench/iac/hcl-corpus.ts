// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} here is HCL template syntax
/**
 * The benchmark's estate as Terraform configuration (.tf), in the shape of corpus.ts: each root
 * module holds a few "units" (a bucket with its key, versioning, encryption and public access
 * block; a VPC with a security group, a rule and flow logs; an instance, a volume, a role; a
 * database and a table), split over several files as teams write them, with variables, locals,
 * count, for_each and a local module. Every few units get a weak setting.
 */

/** Managed resources one unit declares in HCL (S3 settings are resources of their own here). */
export const HCL_RESOURCES_PER_UNIT = 16;

/** The files of one root module, by name. */
export function hclRoot(root: number, units: number): Record<string, string> {
  const weak = (u: number) => (root + u) % 4 === 0;
  const indexes = Array.from({ length: units }, (_, u) => u);
  const files: Record<string, string> = {};
  files['variables.tf'] = `variable "env" {
  type    = string
  default = "prod"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "units" {
  type    = list(number)
  default = [${indexes.join(', ')}]
}

variable "weak_units" {
  type    = list(number)
  default = [${indexes.filter(weak).join(', ')}]
}

provider "aws" {
  region = var.region
}

locals {
  prefix = "app-${root}-\${var.env}"
  tags = {
    Project = "bench-${root}"
    Env     = var.env
  }
}
`;
  files['storage.tf'] = `resource "aws_kms_key" "data" {
  count               = length(var.units)
  description         = "\${local.prefix}-\${count.index}"
  enable_key_rotation = !contains(var.weak_units, count.index)
  tags                = local.tags
}

module "bucket" {
  source   = "../modules/bucket"
  for_each = toset([for u in var.units : tostring(u)])
  name     = "\${local.prefix}-\${each.key}"
  key_arn  = aws_kms_key.data[tonumber(each.key)].arn
  weak     = contains(var.weak_units, tonumber(each.key))
  tags     = merge(local.tags, { DataClassification = contains(var.weak_units, tonumber(each.key)) ? "restricted" : "internal" })
}
`;
  files['network.tf'] = `resource "aws_vpc" "main" {
  count      = length(var.units)
  cidr_block = cidrsubnet("10.0.0.0/8", 8, count.index)
  tags       = local.tags
}

resource "aws_flow_log" "main" {
  count           = length(var.units)
  vpc_id          = aws_vpc.main[count.index].id
  traffic_type    = "ALL"
  log_destination = "arn:aws:s3:::flow-logs-${root}"
}

resource "aws_security_group" "app" {
  count  = length(var.units)
  name   = "\${local.prefix}-app-\${count.index}"
  vpc_id = aws_vpc.main[count.index].id

  dynamic "ingress" {
    for_each = contains(var.weak_units, count.index) ? [22, 443] : [443]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_vpc_security_group_ingress_rule" "admin" {
  count             = length(var.units)
  security_group_id = aws_security_group.app[count.index].id
  cidr_ipv4         = contains(var.weak_units, count.index) ? "0.0.0.0/0" : "10.0.0.0/8"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
}
`;
  files['compute.tf'] = `resource "aws_instance" "app" {
  count         = length(var.units)
  ami           = "ami-0123456789abcdef0"
  instance_type = "m7g.large"
  metadata_options {
    http_tokens = contains(var.weak_units, count.index) ? "optional" : "required"
  }
  tags = local.tags
}

resource "aws_ebs_volume" "data" {
  count             = length(var.units)
  availability_zone = "\${var.region}a"
  size              = 100
  encrypted         = !contains(var.weak_units, count.index)
}

resource "aws_iam_role" "app" {
  count = length(var.units)
  name  = "\${local.prefix}-app-\${count.index}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "app" {
  count = length(var.units)
  name  = "app"
  role  = aws_iam_role.app[count.index].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = contains(var.weak_units, count.index) ? "*" : "s3:GetObject"
      Resource = contains(var.weak_units, count.index) ? "*" : "arn:aws:s3:::\${local.prefix}-\${count.index}/*"
    }]
  })
}
`;
  files['data.tf'] = `resource "aws_db_instance" "app" {
  count                      = length(var.units)
  identifier                 = "\${local.prefix}-db-\${count.index}"
  engine                     = "postgres"
  instance_class             = "db.m7g.large"
  allocated_storage          = 100
  storage_encrypted          = !contains(var.weak_units, count.index)
  publicly_accessible        = contains(var.weak_units, count.index)
  backup_retention_period    = contains(var.weak_units, count.index) ? 1 : 14
  auto_minor_version_upgrade = true
  tags                       = local.tags
}

resource "aws_dynamodb_table" "app" {
  count        = length(var.units)
  name         = "\${local.prefix}-table-\${count.index}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }
  point_in_time_recovery {
    enabled = !contains(var.weak_units, count.index)
  }
}
`;
  return files;
}

/** The local module every root calls for its buckets. */
export function hclBucketModule(): Record<string, string> {
  return {
    'main.tf': `variable "name" { type = string }
variable "key_arn" { type = string }
variable "weak" { type = bool }
variable "tags" { type = map(string) }

resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.weak ? "Suspended" : "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.key_arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = !var.weak
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::\${var.name}", "arn:aws:s3:::\${var.name}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

output "bucket" {
  value = aws_s3_bucket.this.id
}
`,
  };
}
