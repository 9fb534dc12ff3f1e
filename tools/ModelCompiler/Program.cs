Console.WriteLine("Run through `dotnet ef dbcontext optimize`; see src/Pipeline/Storage/CompiledModels/README.md.");
