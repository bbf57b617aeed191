using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class StorageCeilingRuleTests
{
    [Fact]
    public void A_ceiling_below_the_allocation_is_reported_at_max_allocated_storage()
    {
        var model = ValidModels.Production();
        var (diagnostics, sources) = RuleRun.One(model with { Database = model.Database with { AllocatedStorageGb = 200, MaxAllocatedStorageGb = 100 } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.StorageCeilingBelowAllocation, sources, "database.max_allocated_storage_gb");
        Assert.Equal("set max_allocated_storage_gb to 200 or more", diagnostic.Hint);
    }
}
