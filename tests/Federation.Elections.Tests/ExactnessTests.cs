using System.Reflection;
using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

/// <summary>The engine must never use binary floating point: scan every type in the Counting
/// namespace (including compiler-generated closures) for double/float in fields, properties,
/// parameters, return types and local variables.</summary>
public class ExactnessTests
{
    private static readonly Type[] Inexact = [typeof(double), typeof(float), typeof(Half)];

    [Fact]
    public void Counting_engine_has_no_floating_point()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var engine = typeof(ScottishStv).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ScottishStv).Namespace).ToList();
        engine.Count.ShouldBeGreaterThan(10);

        var offenders = new List<string>();
        foreach (var type in engine)
        {
            offenders.AddRange(type.GetFields(all).Where(f => Uses(f.FieldType)).Select(f => $"{type}.{f.Name}"));
            offenders.AddRange(type.GetProperties(all).Where(p => Uses(p.PropertyType)).Select(p => $"{type}.{p.Name}"));
            foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (m is MethodInfo mi && Uses(mi.ReturnType)) offenders.Add($"{type}.{m.Name} returns");
                offenders.AddRange(m.GetParameters().Where(p => Uses(p.ParameterType)).Select(p => $"{type}.{m.Name}({p.Name})"));
                var locals = m.GetMethodBody()?.LocalVariables ?? [];
                offenders.AddRange(locals.Where(l => Uses(l.LocalType)).Select(l => $"{type}.{m.Name} local"));
            }
        }
        offenders.ShouldBeEmpty();
    }

    private static bool Uses(Type t) =>
        Inexact.Contains(t) || (t.HasElementType && Uses(t.GetElementType()!)) || (t.IsGenericType && t.GetGenericArguments().Any(Uses));
}
