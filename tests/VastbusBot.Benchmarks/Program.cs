System.Console.WriteLine("benchmarks arrive with the load test");
