import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'vpc-flow-logs-enabled',
  title: 'VPC flow logs record rejected traffic',
  service: 'vpc',
  duty: 'vpc.logging.flow-logs',
  severity: 'medium',
  resourceTypes: ['Vpc'],
  frameworks: { 'cis-aws-3.0': ['3.7'], 'aws-fsbp': ['EC2.6'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Create a flow log on the VPC with traffic type ALL (or at least REJECT) to CloudWatch Logs or S3, and keep it active (fix its IAM role or destination if delivery fails).',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc> --traffic-type ALL --log-destination-type s3 --log-destination <bucket-arn>',
    cloudformation:
      'Type: AWS::EC2::FlowLog\nProperties:\n  ResourceId: !Ref Vpc\n  ResourceType: VPC\n  TrafficType: ALL\n  LogDestinationType: s3\n  LogDestination: !GetAtt FlowLogBucket.Arn',
    terraform:
      'resource "aws_flow_log" "this" {\n  vpc_id               = aws_vpc.this.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
  },
  /*
   * Both CIS 3.7 and FSBP EC2.6 ask for rejected packets to be logged, so an ACCEPT-only flow log
   * does not count: probes and blocked attacks would leave no trace.
   */
  evaluate(vpc) {
    if (vpc.flowLogs === undefined) return notAssessed(`the flow logs of ${vpc.vpcId} are unknown`);
    const active = vpc.flowLogs.filter((f) => f.active);
    const capturing = active.filter((f) => f.trafficType === 'ALL' || f.trafficType === 'REJECT');
    const evidence = {
      flowLogs: vpc.flowLogs.map((f) => ({ id: f.id, trafficType: f.trafficType, active: f.active })),
    };
    if (capturing.length > 0) {
      const list = capturing.map((f) => `${f.id} (${f.trafficType})`).join(', ');
      return pass(`${vpc.vpcId} logs rejected traffic with ${list}`, evidence);
    }
    if (vpc.flowLogs.length === 0) return fail(`${vpc.vpcId} has no flow log`);
    if (active.length === 0) {
      return fail(
        `${vpc.vpcId} has flow logs but none is active (${vpc.flowLogs.map((f) => f.id).join(', ')})`,
        evidence,
      );
    }
    return fail(
      `${vpc.vpcId} logs only accepted traffic (${active.map((f) => f.id).join(', ')}): rejected connections are not recorded`,
      evidence,
    );
  },
});
