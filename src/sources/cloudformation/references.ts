import { templateResourceId } from './context.js';
import type { PhysicalIds, Resolver, ResourceDecl } from './resolver.js';
import { isRecord, NO_VALUE, Symbolic, Unknown } from './values.js';

/**
 * Types whose Ref returns a name the template may choose, and the property holding it. When the
 * template leaves the name to AWS, the logical id stands in for it, consistently for the resource's
 * own name and for every Ref to it.
 */
const NAMED_BY: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 'BucketName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::InstanceProfile': 'InstanceProfileName',
  'AWS::KMS::Alias': 'AliasName',
  'AWS::CloudTrail::Trail': 'TrailName',
  'AWS::RDS::DBInstance': 'DBInstanceIdentifier',
  'AWS::RDS::DBCluster': 'DBClusterIdentifier',
  'AWS::RDS::DBSubnetGroup': 'DBSubnetGroupName',
  'AWS::Redshift::Cluster': 'ClusterIdentifier',
  'AWS::Redshift::ClusterParameterGroup': 'ParameterGroupName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Serverless::Function': 'FunctionName',
  'AWS::ElasticLoadBalancing::LoadBalancer': 'LoadBalancerName',
};

/** Ref and Fn::GetAtt of the template's own resources, as stand-ins the inventory can look up. */
export function physicalIds(file: string): PhysicalIds {
  const idOf = (decl: ResourceDecl) => templateResourceId(file, decl.logicalId);
  return {
    ref(decl, resolver) {
      const property = namedBy(decl.type);
      return property ? physicalName(decl, property, resolver) : idOf(decl);
    },
    attribute(decl, attribute, resolver) {
      if (decl.type === 'AWS::S3::Bucket' && attribute === 'Arn') {
        const name = physicalName(decl, 'BucketName', resolver);
        const partition = resolver.ref('AWS::Partition');
        if (name instanceof Unknown) return name;
        const text = `arn:${String(partition)}:s3:::${name instanceof Symbolic ? name.text : String(name)}`;
        return name instanceof Symbolic ? new Symbolic(text) : text;
      }
      if (decl.type === 'AWS::EC2::VPC' && attribute === 'DefaultSecurityGroup') {
        return defaultSecurityGroupId(idOf(decl));
      }
      if (decl.type === 'AWS::EC2::SecurityGroup' && attribute === 'VpcId') {
        const properties = decl.definition.Properties;
        return isRecord(properties) && properties.VpcId !== undefined
          ? resolver.valueAt(decl, properties.VpcId)
          : new Unknown(`the default VPC of the region, which ${decl.logicalId} is in`);
      }
      if (attribute === 'Arn' || attribute.endsWith('Id') || attribute.endsWith('Arn')) return idOf(decl);
      const property = namedBy(decl.type);
      if (attribute === 'Name' && property) return physicalName(decl, property, resolver);
      return new Unknown(`${decl.logicalId}.${attribute} is known only after deployment`);
    },
  };
}

/** The property that names a resource of a type, if its Ref returns the name. */
function namedBy(type: string): string | undefined {
  return Object.hasOwn(NAMED_BY, type) ? NAMED_BY[type] : undefined;
}

export function defaultSecurityGroupId(vpcId: string): string {
  return `${vpcId}/default-security-group`;
}

function physicalName(decl: ResourceDecl, property: string, resolver: Resolver): unknown {
  const properties = decl.definition.Properties;
  if (
    Object.hasOwn(decl.definition, 'Fn::Transform') ||
    (isRecord(properties) && Object.hasOwn(properties, 'Fn::Transform'))
  )
    return new Unknown(`the name of ${decl.logicalId}, which Fn::Transform may set at deployment`);
  if (!isRecord(properties) || !Object.hasOwn(properties, property)) return decl.logicalId;
  const value = resolver.valueAt(decl, properties[property]);
  return value === NO_VALUE ? decl.logicalId : value;
}
