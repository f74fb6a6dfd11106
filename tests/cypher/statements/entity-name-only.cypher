MATCH (n:Country|Person|Organization|WeaponSystem|Place|Event|Agreement|ArmsTransfer|Source {id: $id})
RETURN {node: {id: n.id, labels: labels(n), props: properties(n)}} AS row
