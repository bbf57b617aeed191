using System.Collections.Immutable;
using System.Globalization;
using static Wumbo.Docs.Costs.QuantityRange;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>The database instance and its storage, the cache's nodes, and the backup vault.</summary>
internal static class DataStoreCharges
{
    public static ImmutableArray<ResourceCharge> Resources { get; } =
    [
        // The catalog holds the Multi-AZ rate itself: it is not always twice the Single-AZ one (PRICING.md §1).
        new("aws_db_instance", "hours",
            db => $"{db.Text("instance_class")} instance ({db.Text("engine")}), {Deployment(db)}",
            db => $"rds-{db.Text("engine")}-{db.Text("instance_class")}-{DeploymentId(db)}-hour",
            _ => HoursOf(1)),
        new("aws_db_instance", "GB-months",
            db => $"{StorageType(db)} storage, {Deployment(db)}",
            db => $"rds-{StorageType(db)}-storage-{DeploymentId(db)}-gb-month",
            db => Exactly(db.Number("allocated_storage") ?? 0m)),

        // A replication group bills every node: the primary and each replica.
        new("aws_elasticache_replication_group", "node-hours",
            cache => string.Create(CultureInfo.InvariantCulture, $"{Nodes(cache)} × {cache.Text("node_type")} node ({EngineName(cache)})"),
            cache => $"elasticache-{cache.Text("engine")}-{cache.Text("node_type")}-node-hour",
            cache => HoursOf(Nodes(cache))),

        // PRICING.md has neither an AWS Backup price nor the size of the recovery points: "price not found", not $0.
        new("aws_backup_vault", "vault-months", _ => "Backup storage of the recovery points", _ => null, _ => Exactly(1)),
    ];

    private static bool IsMultiAz(ChargedResource db) => db.Bool("multi_az") == true;

    private static string Deployment(ChargedResource db) => IsMultiAz(db) ? "Multi-AZ" : "Single-AZ";

    private static string DeploymentId(ChargedResource db) => IsMultiAz(db) ? "multi-az" : "single-az";

    // The AWS provider's default storage type is gp2.
    private static string StorageType(ChargedResource db) => db.Text("storage_type") ?? "gp2";

    // A group written without num_cache_clusters has one node (cluster mode disabled).
    private static decimal Nodes(ChargedResource cache) => cache.Number("num_cache_clusters") ?? 1m;

    private static string EngineName(ChargedResource cache) => cache.Text("engine") switch
    {
        "redis" => "Redis OSS",
        "valkey" => "Valkey",
        var other => other ?? "no engine",
    };
}
