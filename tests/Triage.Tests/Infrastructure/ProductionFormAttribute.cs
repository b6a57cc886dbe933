using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Triage.Tests.Infrastructure;

// A test of the production form: it needs PostgreSQL and RabbitMQ (categories "postgres" and "rabbitmq") and runs
// alone, since it starts processes on the shared broker and database server.
[AttributeUsage(AttributeTargets.Class)]
public sealed class ProductionFormAttribute() : ParallelizableAttribute(ParallelScope.None), IApplyToTest
{
    public new void ApplyToTest(Test test)
    {
        base.ApplyToTest(test);
        test.Properties.Add(PropertyNames.Category, "postgres");
        test.Properties.Add(PropertyNames.Category, "rabbitmq");
    }
}
