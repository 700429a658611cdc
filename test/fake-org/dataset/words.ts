export const firstNames = [
  'Aisha', 'Ben', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kofi',
  'Lena', 'Marco', 'Nadia', 'Oscar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera',
  'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Anders', 'Bea', 'Chen', 'Dalia', 'Emeka', 'Freya', 'Gabriel',
  'Hana', 'Igor', 'Julia', 'Kwame', 'Lucía', 'Mateo', 'Noor', 'Olga', 'Pedro', 'Ravi', 'Sofia',
];
export const lastNames = [
  'Adams', 'Baker', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ito',
  'Jensen', 'Kowalski', 'Lopez', 'Müller', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rossi',
  'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zimmermann', 'Andersson',
  'Brennan', 'Costa', 'Dunn', "O'Brien", 'Fernández', 'Gupta', 'Hansen', 'Iyer', 'Khan', 'Larsen',
  'Moreau', 'Novak', 'Olsen', 'Park', 'Reyes', 'Silva', 'Thompson', 'Wagner', 'Zhang',
];
export const companyStems = [
  'Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Cyberdyne', 'Soylent',
  'Tyrell', 'Vandelay', 'Hooli', 'Pied Piper', 'Aperture', 'Black Mesa', 'Blue Sun', 'Oscorp',
  'Gringotts', 'Wonka', 'Sirius', 'Contoso', 'Fabrikam', 'Litware', 'Tailspin', 'Wingtip',
  'Adventure Works', 'Alpine Ski', 'Coho', 'Fourth Coffee', 'Margie', 'Proseware', 'Lucerne',
  'Blue Yonder', 'Trey', 'Woodgrove', 'Humongous', 'Nod', 'Southridge', 'Datum', 'Graphic Design',
];
export const companySuffixes = [
  'Inc', 'Corp', 'Ltd', 'GmbH', 'Group', 'Holdings', 'Partners', 'Systems', 'Labs', 'Industries',
  'Logistics', 'Foods', 'Health', 'Energy', 'Media', 'Bank', 'Insurance', 'Retail', 'Motors', 'AG',
];
export const places = [
  { city: 'San Francisco', state: 'CA', country: 'USA', code: '94105', dial: '+1 415' },
  { city: 'New York', state: 'NY', country: 'USA', code: '10001', dial: '+1 212' },
  { city: 'Chicago', state: 'IL', country: 'USA', code: '60601', dial: '+1 312' },
  { city: 'Austin', state: 'TX', country: 'USA', code: '73301', dial: '+1 512' },
  { city: 'Seattle', state: 'WA', country: 'USA', code: '98101', dial: '+1 206' },
  { city: 'Boston', state: 'MA', country: 'USA', code: '02108', dial: '+1 617' },
  { city: 'Toronto', state: 'ON', country: 'Canada', code: 'M5H 2N2', dial: '+1 416' },
  { city: 'London', state: 'England', country: 'United Kingdom', code: 'EC1A 1BB', dial: '+44 20' },
  { city: 'Berlin', state: 'Berlin', country: 'Germany', code: '10115', dial: '+49 30' },
  { city: 'München', state: 'Bayern', country: 'Germany', code: '80331', dial: '+49 89' },
  { city: 'Paris', state: 'Île-de-France', country: 'France', code: '75001', dial: '+33 1' },
  { city: 'Madrid', state: 'Madrid', country: 'Spain', code: '28001', dial: '+34 91' },
  { city: 'Stockholm', state: 'Stockholm', country: 'Sweden', code: '111 20', dial: '+46 8' },
  { city: 'Tokyo', state: 'Tokyo', country: 'Japan', code: '100-0001', dial: '+81 3' },
  { city: 'São Paulo', state: 'SP', country: 'Brazil', code: '01000-000', dial: '+55 11' },
  { city: 'Sydney', state: 'NSW', country: 'Australia', code: '2000', dial: '+61 2' },
  { city: 'Mumbai', state: 'MH', country: 'India', code: '400001', dial: '+91 22' },
  { city: 'Lagos', state: 'Lagos', country: 'Nigeria', code: '100001', dial: '+234 1' },
];
export const titles = [
  'CEO', 'CFO', 'CTO', 'VP Sales', 'VP Marketing', 'Head of Procurement', 'Operations Manager',
  'IT Director', 'Purchasing Manager', 'Product Manager', 'Account Manager', 'Engineer', 'Buyer',
];
export const products = [
  'Platform Licence', 'Renewal', 'Expansion', 'Pilot', 'Services', 'Support Upgrade',
  'Training', 'Hardware Refresh', 'Enterprise Plan', 'Add-on Seats',
];
