using System.Globalization;
using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Diagrams;

/// <summary>
/// The Mermaid architecture diagram of one environment, drawn from its model and its synthesized stack: names come
/// from <see cref="EnvironmentNames"/>, and each one is looked up in the stack, so the diagram shows nothing the stack
/// does not create; counts, sizes and presence (NAT gateways, standby, cache nodes, WAF, KMS key) are read from the
/// stack. Users enter on the left and data sits on the right; the VPC is drawn by tier, each tier by zone.
/// </summary>
public static class ArchitectureDiagram
{
    /// <summary>The diagram's Mermaid source (without the surrounding code fence); throws when the stack lacks what the model names.</summary>
    public static string Mermaid(EnvironmentModel environment, StackFacts stack)
    {
        var names = environment.Names;
        var network = NetworkLayout.Read(stack);
        var database = stack.Named("aws_db_instance", "identifier", names.Database);
        var cache = stack.Named("aws_elasticache_replication_group", "replication_group_id", names.Cache);
        var workloads = Workload.Read(environment, stack, database, cache);
        var chart = new MermaidFlowchart();

        chart.Node("users", NodeShape.Circle, "Users", "web and mobile apps");
        var frontendEntry = DnsAndFrontend(chart, environment, stack);
        var firewall = Firewall(chart, stack);
        using (chart.Subgraph("vpc", Text($"VPC {network.VpcCidr} · {Count(network.ZoneCount, "availability zone")}")))
        {
            if (network.HasInternetGateway)
            {
                chart.Node("igw", NodeShape.Box, "Internet gateway");
            }

            PublicTier(chart, environment, stack, network);
            PrivateTier(chart, environment, network, workloads);
            IsolatedTier(chart, network, database, cache);
        }

        AwsServices(chart, environment, stack, network);
        Monitoring(chart, environment, stack);
        chart.Node("internet", NodeShape.Circle, "Internet");

        Flows(chart, network, workloads, frontendEntry, firewall);
        return chart.Render();
    }

    /// <summary>
    /// The main flows: users through DNS to the frontend and through the load balancer (and the WAF) to the API tasks,
    /// the tasks to the data stores their security groups open, and out through the endpoints or NAT.
    /// </summary>
    private static void Flows(MermaidFlowchart chart, NetworkLayout network, IEnumerable<Workload> workloads, string frontendEntry, string? firewall)
    {
        chart.Edge("users", "dns_api");
        chart.Edge("users", "dns_web");
        chart.Edge("dns_web", frontendEntry);
        chart.Edge("dns_api", firewall ?? "alb");
        if (firewall is not null)
        {
            chart.Edge(firewall, "alb");
        }

        foreach (var workload in workloads)
        {
            if (workload.Listener is not null)
            {
                chart.Edge("alb", workload.Id, label: workload.Listener);
            }

            if (workload.ReachesDatabase)
            {
                chart.Edge(workload.Id, "database_primary");
            }

            if (workload.ReachesCache)
            {
                chart.Edge(workload.Id, "cache_node_1");
            }
        }

        chart.Edge("cluster", "vpc_endpoints");
        foreach (var natZone in network.Tier("private").Select(s => s.NatZone).OfType<int>().Distinct().Order())
        {
            chart.Edge("cluster", NatId(natZone));
        }

        foreach (var nat in network.NatGateways)
        {
            chart.Edge(NatId(nat.Zone), "igw");
        }

        if (network.HasInternetGateway)
        {
            chart.Edge("igw", "internet");
        }
    }

    /// <summary>The hosted zone with the API host and the web host, and the frontend the web host serves; returns the frontend's entry node.</summary>
    private static string DnsAndFrontend(MermaidFlowchart chart, EnvironmentModel environment, StackFacts stack)
    {
        var names = environment.Names;
        var apiRecord = stack.Named("aws_route53_record", "name", names.ApiHost);
        using (chart.Subgraph("dns", $"Route 53 hosted zone {names.HostedZone}"))
        {
            chart.Node("dns_api", NodeShape.Box, names.ApiHost, apiRecord.Text("type") + " alias record");
            chart.Node("dns_web", NodeShape.Box, names.FrontendHost);
        }

        if (!stack.Resources("aws_amplify_app").IsEmpty)
        {
            _ = stack.Named("aws_amplify_app", "name", names.Resource("web"));
            _ = stack.Named("aws_amplify_domain_association", "domain_name", names.FrontendHost);
            var branch = stack.Resources("aws_amplify_branch").Single().Text("branch_name");
            using (chart.Subgraph("frontend", "Frontend: AWS Amplify"))
            {
                chart.Node("web_app", NodeShape.Box, "Amplify app " + names.Resource("web"), "branch " + branch);
            }

            return "web_app";
        }

        if (!stack.Resources("aws_cloudfront_distribution").IsEmpty)
        {
            if (!stack.Resources("aws_route53_record").Any(r => r.Text("name") == names.FrontendHost))
            {
                throw new InvalidOperationException($"the stack of {stack.Environment} has no record for {names.FrontendHost}");
            }

            using (chart.Subgraph("frontend", "Frontend: CloudFront and S3"))
            {
                chart.Node("web_distribution", NodeShape.Box, "CloudFront distribution", "alias " + names.FrontendHost);
                chart.Node("web_bucket", NodeShape.Box, "S3 bucket, private", "the static export");
            }

            chart.Edge("web_distribution", "web_bucket", label: "origin access control");
            return "web_distribution";
        }

        throw new InvalidOperationException($"the stack of {stack.Environment} has neither an Amplify app nor a CloudFront distribution");
    }

    /// <summary>The web ACL on the load balancer, where the stack has one (production); returns its node.</summary>
    private static string? Firewall(MermaidFlowchart chart, StackFacts stack)
    {
        if (stack.Resources("aws_wafv2_web_acl_association").IsEmpty)
        {
            return null;
        }

        chart.Node("waf", NodeShape.Hexagon, "AWS WAF web ACL", "on the load balancer");
        return "waf";
    }

    private static void PublicTier(MermaidFlowchart chart, EnvironmentModel environment, StackFacts stack, NetworkLayout network)
    {
        var loadBalancer = stack.Named("aws_lb", "name", environment.Names.LoadBalancer);
        var listeners = stack.Resources("aws_lb_listener")
            .Where(l => l.Refers("load_balancer_arn", loadBalancer))
            .OrderByDescending(l => l.Text("protocol"), StringComparer.Ordinal)
            .Select(l => Text($"{l.Text("protocol")} :{l.Number("port")}") + (IsRedirect(l) ? " redirects" : string.Empty));
        using (chart.Subgraph("tier_public", "Public subnets"))
        {
            chart.Node("alb", NodeShape.Box, ["Application Load Balancer", environment.Names.LoadBalancer, string.Join(", ", listeners)]);
            foreach (var subnet in network.Tier("public"))
            {
                var nat = network.NatGateways.SingleOrDefault(n => n.Zone == subnet.Zone);
                if (nat is null)
                {
                    chart.Node(SubnetId(subnet), NodeShape.Box, SubnetTitle(subnet));
                    continue;
                }

                using (chart.Subgraph(SubnetId(subnet), SubnetTitle(subnet)))
                {
                    chart.Node(NatId(nat.Zone), NodeShape.Box, "NAT gateway");
                }
            }
        }
    }

    private static void PrivateTier(MermaidFlowchart chart, EnvironmentModel environment, NetworkLayout network, IEnumerable<Workload> workloads)
    {
        using (chart.Subgraph("tier_private", "Private subnets"))
        {
            foreach (var subnet in network.Tier("private"))
            {
                var egress = subnet.NatZone is { } zone ? Text($"internet through the NAT gateway in zone {zone}") : "no route to the internet";
                chart.Node(SubnetId(subnet), NodeShape.Box, SubnetTitle(subnet), egress);
            }

            using (chart.Subgraph("cluster", $"ECS cluster {environment.Names.Cluster} on Fargate"))
            {
                foreach (var workload in workloads)
                {
                    var tasks = workload.Tasks is { } count
                        ? Count(count, "task") + (workload.Scaling is { } range ? Text($", scales {range.Min} to {range.Max}") : string.Empty)
                        : "one-off task";
                    chart.Node(workload.Id, NodeShape.Box, workload.Name, workload.Role, tasks);
                }
            }

            using (chart.Subgraph("vpc_endpoints", "VPC endpoints"))
            {
                if (!network.InterfaceEndpoints.IsEmpty)
                {
                    chart.Node("interface_endpoints", NodeShape.Box, "Interface endpoints", string.Join(", ", network.InterfaceEndpoints));
                }

                if (!network.GatewayEndpoints.IsEmpty)
                {
                    chart.Node("gateway_endpoint", NodeShape.Box, "Gateway endpoint", string.Join(", ", network.GatewayEndpoints));
                }
            }
        }
    }

    private static void IsolatedTier(MermaidFlowchart chart, NetworkLayout network, StackResource database, StackResource cache)
    {
        using (chart.Subgraph("tier_isolated", network.Tier("isolated").Any(s => s.RoutesOut) ? "Isolated subnets" : "Isolated subnets: no route out"))
        {
            foreach (var subnet in network.Tier("isolated"))
            {
                chart.Node(SubnetId(subnet), NodeShape.Box, SubnetTitle(subnet));
            }

            var engine = $"RDS {Engine(database.Text("engine"))} {database.Text("engine_version")}";
            chart.Node("database_primary", NodeShape.Cylinder, engine, database.Text("identifier")!, "primary: " + database.Text("instance_class"));
            if (database.Bool("multi_az") == true)
            {
                chart.Node("database_standby", NodeShape.Cylinder, engine + " standby", "in a second zone", database.Text("instance_class")!);
                chart.Edge("database_primary", "database_standby", EdgeStyle.Dotted, "synchronous replication");
            }

            var cacheEngine = $"ElastiCache {Engine(cache.Text("engine"))} {cache.Text("engine_version")}";
            var nodes = (int)(cache.Number("num_cache_clusters") ?? 1); // AWS's default when the stack leaves it out
            chart.Node(CacheNodeId(1), NodeShape.Cylinder, cacheEngine, cache.Text("replication_group_id")!, "primary: " + cache.Text("node_type"));
            for (var node = 2; node <= nodes; node++)
            {
                var where = cache.Bool("multi_az_enabled") == true ? "in another zone" : "in the same group";
                chart.Node(CacheNodeId(node), NodeShape.Cylinder, Text($"{cacheEngine} replica {node - 1}"), where, cache.Text("node_type")!);
                chart.Edge(CacheNodeId(1), CacheNodeId(node), EdgeStyle.Dotted, "replication");
            }
        }
    }

    /// <summary>The regional services the tasks reach through the endpoints: images, secrets and, where the stack has one, the KMS key.</summary>
    private static void AwsServices(MermaidFlowchart chart, EnvironmentModel environment, StackFacts stack, NetworkLayout network)
    {
        var names = environment.Names;
        var repositories = environment.Registry.Repositories.Select(r => stack.Named("aws_ecr_repository", "name", names.Repository(r.Id)).Text("name")!);
        var secrets = environment.Security.Secrets.Select(s => stack.Named("aws_secretsmanager_secret", "name", names.Secret(s.Id)).Text("name")!);
        using (chart.Subgraph("aws_services", "AWS services"))
        {
            chart.Node("registry", NodeShape.Box, ["ECR repositories", .. repositories]);
            chart.Node("secrets", NodeShape.Box, ["Secrets Manager", .. secrets]);
            if (stack.Resources("aws_kms_key").SingleOrDefault() is { } key)
            {
                chart.Node("kms", NodeShape.Box, "KMS customer-managed key", key.Text("description") ?? string.Empty);
            }
        }

        if (!network.InterfaceEndpoints.IsEmpty)
        {
            chart.Edge("interface_endpoints", "registry");
            chart.Edge("interface_endpoints", "secrets");
        }

        if (!network.GatewayEndpoints.IsEmpty)
        {
            chart.Edge("gateway_endpoint", "registry", label: "image layers");
        }
    }

    private static void Monitoring(MermaidFlowchart chart, EnvironmentModel environment, StackFacts stack)
    {
        var topic = stack.Named("aws_sns_topic", "name", environment.Names.AlarmTopic);
        var alarms = stack.Resources("aws_cloudwatch_metric_alarm").Count(a => a.Refers("alarm_actions", topic));
        var subscriptions = stack.Resources("aws_sns_topic_subscription").Where(s => s.Refers("topic_arn", topic)).ToList();
        using (chart.Subgraph("monitoring", "Monitoring"))
        {
            chart.Node("alarms", NodeShape.Box, "CloudWatch alarms", Count(alarms, "alarm"));
            chart.Node("alarm_topic", NodeShape.Box, "SNS topic", environment.Names.AlarmTopic);
            chart.Node("alarm_subscribers", NodeShape.Box, "Subscribers", Count(subscriptions.Count, "subscription") + " by " + string.Join(", ", subscriptions.Select(s => s.Text("protocol")).Distinct()));
        }

        chart.Edge("alarms", "alarm_topic");
        chart.Edge("alarm_topic", "alarm_subscribers");
    }

    private static bool IsRedirect(StackResource listener) =>
        listener.Arguments.TryGetProperty("default_action", out var actions)
        && actions.EnumerateArray().Any(a => a.TryGetProperty("type", out var type) && type.GetString() == "redirect");

    private static string Engine(string? engine) => engine switch
    {
        "postgres" => "PostgreSQL",
        "redis" => "Redis",
        _ => engine ?? "unknown engine",
    };

    private static string SubnetTitle(Subnet subnet) => Text($"zone {subnet.Zone}: {subnet.Cidr}");

    private static string SubnetId(Subnet subnet) => Text($"subnet_{subnet.Tier}_{subnet.Zone}");

    private static string NatId(int zone) => Text($"nat_zone_{zone}");

    private static string CacheNodeId(int node) => Text($"cache_node_{node}");

    private static string Count(int count, string noun) => Text($"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
