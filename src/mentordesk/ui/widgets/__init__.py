"""Form building blocks every area shares: fields, form widgets and type-ahead pickers."""
