using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>Storage autoscaling only grows, so its ceiling cannot be below the storage already allocated.</summary>
internal sealed class StorageCeilingRule : IEnvironmentRule
{
    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var database = model.Database;
        if (database.MaxAllocatedStorageGb < database.AllocatedStorageGb)
        {
            diagnostics.Report(
                DiagnosticCatalog.StorageCeilingBelowAllocation,
                sources,
                ModelPaths.MaxAllocatedStorage,
                Invariant($"max_allocated_storage_gb {database.MaxAllocatedStorageGb} is below allocated_storage_gb {database.AllocatedStorageGb}; storage autoscaling can only grow"),
                Invariant($"set max_allocated_storage_gb to {database.AllocatedStorageGb} or more"));
        }
    }
}
