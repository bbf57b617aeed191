using Wumbo.Preview.Tests.Support;
using Wumbo.Testing.Snapshots;

namespace Wumbo.Preview.Tests.Snapshots;

/// <summary>
/// The Markdown for pairs of real outputs: the checked-in environments synthesized as the base, and a head changed
/// as a pull request would change it. The snapshots are what a reviewer reads on the pull request.
/// </summary>
public sealed class PlanPreviewSnapshotTests
{
    // The database's address in the checked-in stacks (the stacks' own snapshot tests fail first if it changes).
    private const string DatabaseAddress = "aws_db_instance.database_instance_D7FC2283";

    [Fact]
    public void Nothing_changed()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize();

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void Production_with_a_bigger_database()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Edit("production.yaml", "instance_class: db.t4g.small\n", "instance_class: db.t4g.medium\n").Synthesize();

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void A_new_database_name_replaces_the_database()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Edit("production.yaml", "database_name: wumbo\n", "database_name: wumbo_app\n").Synthesize();

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void A_renamed_construct_without_a_moved_block()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize(app => ConstructTree.Resource(app, "production/database/instance").OverrideLogicalId("database_primary"));

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void A_renamed_construct_with_a_moved_block()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize(app =>
        {
            var database = ConstructTree.Resource(app, "production/database/instance");
            database.OverrideLogicalId("database_primary");
            database.MoveFromId(DatabaseAddress);
        });

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void A_removed_service()
    {
        using var before = new Checkout().Synthesize();
        using var removed = new Checkout();
        var production = File.ReadAllText(Path.Combine(removed.EnvironmentsDirectory, "production.yaml"));
        var worker = production[production.IndexOf("    - name: worker\n", StringComparison.Ordinal)..production.IndexOf("    - name: beat\n", StringComparison.Ordinal)];
        removed.Edit("production.yaml", worker, string.Empty).Synthesize();

        Snapshot.Verify(PreviewRun.Markdown(before, removed), "md");
    }

    [Fact]
    public void A_replaced_key_replaces_what_it_encrypts()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Synthesize(app => ConstructTree.Resource(app, "production/security/encryption-key/key").AddOverride("multi_region", true));

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void An_environment_file_added()
    {
        using var before = new Checkout().Delete("staging.yaml").Synthesize();
        using var after = new Checkout().Synthesize();

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void An_environment_file_removed()
    {
        using var before = new Checkout().Synthesize();
        using var after = new Checkout().Delete("staging.yaml").Synthesize();

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }

    [Fact]
    public void A_base_whose_environment_files_no_longer_load()
    {
        // An older revision's file with a key this model does not know: its stacks compare, its costs cannot be priced.
        using var before = new Checkout().Synthesize().Edit("production.yaml", "  nat_gateways: 2", "  nat_gateway_count: 2");
        using var after = new Checkout().Edit("production.yaml", "instance_class: db.t4g.small\n", "instance_class: db.t4g.medium\n").Synthesize();

        Snapshot.Verify(PreviewRun.Markdown(before, after), "md");
    }
}
