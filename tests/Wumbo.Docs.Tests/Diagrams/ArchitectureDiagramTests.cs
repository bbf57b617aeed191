using Wumbo.Testing;
using System.Globalization;
using System.Text.RegularExpressions;
using Wumbo.Diagnostics;
using Wumbo.Docs.Diagrams;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Tests.Diagrams;

/// <summary>What each environment's diagram shows, read from its text without the renderer.</summary>
public sealed partial class ArchitectureDiagramTests
{
    public static TheoryData<string> Environments => CheckedInDocs.EnvironmentNames;

    [Theory]
    [InlineData("development", 1, false, 1)]
    [InlineData("staging", 1, false, 1)]
    [InlineData("production", 2, true, 2)]
    public void Draws_the_nat_gateways_standby_and_cache_nodes_the_stack_has(string environment, int natGateways, bool standby, int cacheNodes)
    {
        var diagram = CheckedInDocs.Diagram(environment);
        var ids = DeclaredIds(diagram);

        Assert.Equal(natGateways, ids.Count(id => id.StartsWith("nat_zone_", StringComparison.Ordinal)));
        Assert.Equal(standby, ids.Contains("database_standby"));
        Assert.Equal(cacheNodes, ids.Count(id => id.StartsWith("cache_node_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Production_has_the_waf_and_the_kms_key_and_development_has_neither()
    {
        var production = DeclaredIds(CheckedInDocs.Diagram("production"));
        var development = DeclaredIds(CheckedInDocs.Diagram("development"));

        Assert.Contains("waf", production);
        Assert.Contains("kms", production);
        Assert.DoesNotContain("waf", development);
        Assert.DoesNotContain("kms", development);
    }

    [Fact]
    public void Nat_gateways_sit_in_their_public_subnets_and_development_routes_both_zones_through_one()
    {
        var production = CheckedInDocs.Diagram("production");
        var development = CheckedInDocs.Diagram("development");

        Assert.Matches(@"subgraph subnet_public_1\[[^\n]*\]\n +nat_zone_1\[", production);
        Assert.Matches(@"subgraph subnet_public_2\[[^\n]*\]\n +nat_zone_2\[", production);
        Assert.Contains("internet through the NAT gateway in zone 1", development, StringComparison.Ordinal);
        Assert.DoesNotContain("NAT gateway in zone 2", development, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Has_three_subnet_tiers_per_zone_of_the_stack(string environment)
    {
        var ids = DeclaredIds(CheckedInDocs.Diagram(environment));
        var zones = CheckedInDocs.Context.Stack(CheckedInDocs.Environment(environment)).Resources("aws_subnet").Length / 3;

        Assert.Equal(2, zones);
        foreach (var tier in new[] { "public", "private", "isolated" })
        {
            Assert.Equal(Enumerable.Range(1, zones).Select(z => $"subnet_{tier}_{z}"), ids.Where(id => id.StartsWith("subnet_" + tier, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Shows_every_name_as_environment_names_spells_it(string environment)
    {
        var model = CheckedInDocs.Environment(environment);
        var names = model.Names;
        var diagram = CheckedInDocs.Diagram(environment);

        string[] expected =
        [
            .. model.Compute.Services.Select(names.Service),
            names.Migration,
            names.Cluster,
            names.LoadBalancer,
            names.AlarmTopic,
            names.HostedZone,
            names.ApiHost,
            names.FrontendHost,
            .. model.Security.Secrets.Select(s => names.Secret(s.Id)),
            .. model.Registry.Repositories.Select(r => names.Repository(r.Id)),
            model.Network.VpcCidr.Value,
            model.Database.InstanceClass,
            model.Cache.NodeType,
        ];
        Assert.All(expected, name => Assert.Contains(name, diagram, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Shows_each_services_task_count_from_the_stack(string environment)
    {
        var model = CheckedInDocs.Environment(environment);
        var diagram = CheckedInDocs.Diagram(environment);

        Assert.All(model.Compute.Services, service =>
        {
            var tasks = service.DesiredCount == 1 ? "1 task" : $"{service.DesiredCount} tasks";
            Assert.Contains($"{model.Names.Service(service)}<br>", diagram, StringComparison.Ordinal);
            Assert.Matches($"{Regex.Escape(model.Names.Service(service))}<br>[^<]+<br>{tasks}", diagram);
        });
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Ids_are_unique_safe_and_every_edge_joins_declared_ids(string environment)
    {
        var diagram = CheckedInDocs.Diagram(environment);
        var ids = DeclaredIds(diagram);
        var edges = Edge().Matches(diagram).Select(m => (m.Groups["from"].Value, m.Groups["to"].Value)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9_]*$", id));
        Assert.NotEmpty(edges);
        Assert.All(edges, edge => Assert.Subset(ids.ToHashSet(), new HashSet<string> { edge.Item1, edge.Item2 }));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Draws_the_main_flows(string environment)
    {
        var diagram = CheckedInDocs.Diagram(environment);

        string[] flows =
        [
            "users --> dns_api",
            "alb -->|\"HTTP :8000\"| service_backend",
            "service_backend --> database_primary",
            "service_backend --> cache_node_1",
            "service_beat --> cache_node_1",
            "migration --> database_primary",
            "cluster --> vpc_endpoints",
            "cluster --> nat_zone_1",
            "igw --> internet",
            "alarms --> alarm_topic",
        ];
        Assert.All(flows, flow => Assert.Contains("    " + flow + "\n", diagram, StringComparison.Ordinal));
        Assert.DoesNotContain("service_beat --> database_primary", diagram, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void The_text_is_the_same_in_every_culture_and_run(string environment)
    {
        var invariant = InCulture(CultureInfo.InvariantCulture, () => CheckedInDocs.Diagram(environment));

        var turkish = InCulture(CultureInfo.GetCultureInfo("tr-TR"), () => CheckedInDocs.Diagram(environment));
        var arabic = InCulture(CultureInfo.GetCultureInfo("ar-SA"), () => CheckedInDocs.Diagram(environment));

        Assert.Equal(invariant, turkish);
        Assert.Equal(invariant, arabic);
        Assert.Equal(invariant, CheckedInDocs.Diagram(environment));
        Assert.DoesNotContain('\r', invariant);
        Assert.StartsWith("flowchart LR\n", invariant, StringComparison.Ordinal);
        Assert.EndsWith("\n", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Draws_cloudfront_and_s3_where_the_stack_has_them_instead_of_amplify()
    {
        var development = CheckedInDocs.Environment("development");
        var variant = development with { Frontend = development.Frontend with { Hosting = FrontendHosting.S3CloudFront } };
        var diagnostics = new List<Diagnostic>();
        var context = DocsContext.Create([variant], diagnostics, FixedClock.Today);

        var ids = DeclaredIds(ArchitectureDiagram.Mermaid(variant, context.Stack(variant)));

        Assert.Empty(diagnostics);
        Assert.Contains("web_distribution", ids);
        Assert.Contains("web_bucket", ids);
        Assert.DoesNotContain("web_app", ids);
    }

    [Fact]
    public void Refuses_a_stack_that_lacks_a_resource_the_model_names()
    {
        var development = CheckedInDocs.Environment("development");
        var renamed = development with { Monitoring = development.Monitoring with { AlarmTopicName = "development-renamed-alarms" } };

        var error = Assert.Throws<InvalidOperationException>(() => ArchitectureDiagram.Mermaid(renamed, CheckedInDocs.Context.Stack(development)));

        Assert.Contains("development-renamed-alarms", error.Message, StringComparison.Ordinal);
    }

    private static List<string> DeclaredIds(string diagram) =>
        [.. Declaration().Matches(diagram).Select(m => m.Groups["id"].Value)];

    private static string InCulture(CultureInfo culture, Func<string> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    // A node (id then its shape's opening bracket) or a subgraph (subgraph id[title]), one a line.
    [GeneratedRegex(@"^ *(?:subgraph )?(?<id>[A-Za-z0-9_]+)[\[\(\{]", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^ *(?<from>[a-z0-9_]+) -\.?->(?:\|[^|]*\|)? (?<to>[a-z0-9_]+)$", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
